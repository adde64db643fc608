"""The reference side of `./blindspots bench`: kdd4, ResNet-56 and Zhang et al.'s character-level ConvNets built in
PyTorch exactly as convnet-trainer builds them in DL4J, trained and run on random batches the way ThroughputBench
does it (3 x 32 x 32 images, or 70 symbols x 1014 positions for the char-CNNs; Adam at the quick preset's rate,
1e-3 or 5e-4 for the char-CNNs; a few warm-up steps, then timed steps), fp32 on the CPU.

  python3 bench/torch_convnets.py ARCH THREADS [BATCH STEPS WARMUP]

Prints the parameter count (trained parameters, as ConvNet.parameterCount() counts them with 10 classes: 587,018 for
kdd4, 853,018 for resnet56, 11,345,930 for char-cnn-small, 95,952,906 for char-cnn-large, which proves the nets are
the same) and, last, one line "RESULT train=<samples/s> infer=<samples/s> rss=<peak MB>" in ThroughputBench's format.
"""
import resource
import sys
import time

import torch
from torch import nn
import torch.nn.functional as F


def kdd4(classes=10):
    """Kernels 5, 3, 3, 2; maps 64, 128, 256, 128; ReLU; "same" padding; 2x2 max-pooling after the first two."""
    return nn.Sequential(
        nn.Conv2d(3, 64, 5, padding="same"), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(64, 128, 3, padding="same"), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(128, 256, 3, padding="same"), nn.ReLU(),
        nn.Conv2d(256, 128, 2, padding="same"), nn.ReLU(),
        nn.Flatten(), nn.Linear(128 * 8 * 8, classes))


class Block(nn.Module):
    """conv, BN, ReLU, conv, BN, plus the option-A shortcut (every second pixel, new maps zero), then ReLU."""

    def __init__(self, maps_in, maps_out, stride):
        super().__init__()
        self.conv1 = nn.Conv2d(maps_in, maps_out, 3, stride, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(maps_out)
        self.conv2 = nn.Conv2d(maps_out, maps_out, 3, 1, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(maps_out)
        self.stride = stride
        self.pad = maps_out - maps_in

    def forward(self, x):
        out = F.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        shortcut = x[:, :, ::self.stride, ::self.stride] if self.stride > 1 else x
        if self.pad:
            shortcut = F.pad(shortcut, (0, 0, 0, 0, 0, self.pad))
        return F.relu(out + shortcut)


def resnet56(classes=10, blocks=9):
    layers = [nn.Conv2d(3, 16, 3, 1, 1, bias=False), nn.BatchNorm2d(16), nn.ReLU()]
    maps_in = 16
    for stage, maps in enumerate((16, 32, 64)):
        for b in range(blocks):
            layers.append(Block(maps_in, maps, 2 if stage > 0 and b == 0 else 1))
            maps_in = maps
    layers += [nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(64, classes)]
    return nn.Sequential(*layers)


def char_cnn(frames, units, classes=10, alphabet=70, length=1014):
    """Six 1-D convolutions (kernels 7, 7, 3, 3, 3, 3, no padding, ReLU) of `frames` maps, max-pooling 3 after the
    1st, 2nd and 6th; two ReLU layers of `units` with dropout 0.5 after each; the softmax layer."""
    layers, maps_in, frames_left = [], alphabet, length
    for i, kernel in enumerate((7, 7, 3, 3, 3, 3)):
        layers += [nn.Conv1d(maps_in, frames, kernel), nn.ReLU()]
        maps_in, frames_left = frames, frames_left - kernel + 1
        if i in (0, 1, 5):
            layers.append(nn.MaxPool1d(3))
            frames_left //= 3
    return nn.Sequential(*layers, nn.Flatten(),
                         nn.Linear(frames * frames_left, units), nn.ReLU(), nn.Dropout(0.5),
                         nn.Linear(units, units), nn.ReLU(), nn.Dropout(0.5),
                         nn.Linear(units, classes))


NETS = {"kdd4": kdd4, "resnet56": resnet56,
        "char-cnn-small": lambda: char_cnn(256, 1024), "char-cnn-large": lambda: char_cnn(1024, 2048)}


def main():
    arch, threads = sys.argv[1], int(sys.argv[2])
    batch = int(sys.argv[3]) if len(sys.argv) > 3 else 64
    steps = int(sys.argv[4]) if len(sys.argv) > 4 else (20 if arch == "kdd4" else 5)
    warmup = int(sys.argv[5]) if len(sys.argv) > 5 else 3
    torch.set_num_threads(threads)
    torch.manual_seed(1)
    net = NETS[arch]()
    text = arch.startswith("char-cnn")
    print(f"{arch}: {sum(p.numel() for p in net.parameters()):,} parameters, {threads} thread(s), batch {batch}")
    optimizer = torch.optim.Adam(net.parameters(), lr=5e-4 if text else 1e-3)
    # random values stand in for one-hot codes: the arithmetic is the same
    features = torch.rand(batch, 70, 1014) if text else torch.rand(batch, 3, 32, 32)
    labels = torch.arange(batch) % 10

    def fit():
        net.train()
        optimizer.zero_grad()
        F.cross_entropy(net(features), labels).backward()
        optimizer.step()

    def predict():
        net.eval()
        with torch.no_grad():
            net(features)

    for _ in range(warmup):
        fit()
        predict()
    start = time.perf_counter()
    for _ in range(steps):
        fit()
    train = steps * batch / (time.perf_counter() - start)
    start = time.perf_counter()
    for _ in range(steps):
        predict()
    infer = steps * batch / (time.perf_counter() - start)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"RESULT train={train:.1f} infer={infer:.1f} rss={rss:.0f}")


if __name__ == "__main__":
    main()
