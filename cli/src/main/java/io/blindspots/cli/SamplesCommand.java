package io.blindspots.cli;

import io.blindspots.encoder.domain.SampleGrid;
import io.blindspots.encoder.domain.dataset.Dataset;
import io.blindspots.encoder.domain.dataset.Datasets;
import io.blindspots.encoder.domain.signal.Signals;
import io.blindspots.events.DatasetSpec;
import io.blindspots.events.InvalidSpecException;
import io.blindspots.events.RunSpec;
import io.blindspots.events.RunSpecs;
import io.blindspots.events.signal.SignalSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code ./blindspots samples}: the same picture the encoder publishes for a run (clean, injected, amplified difference
 * per class), written to a PNG file without Kafka.
 */
@Command(name = "samples", description = "Write a run's sample picture (clean / injected / difference) to a PNG.")
final class SamplesCommand implements Callable<Integer> {

    @Option(names = "--dataset", defaultValue = "synthetic-shapes", description = "dataset (${DEFAULT-VALUE})")
    String dataset;

    @Option(names = "--signal", required = true, description = "signal type, e.g. one-pixel, noise")
    String signal;

    @Option(names = "--scale", description = "signal scale (default: the signal's)")
    Double scale;

    @Option(names = "--seed", defaultValue = "1", description = "seed (${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--per-class", defaultValue = "3", description = "samples per class (${DEFAULT-VALUE})")
    int perClass;

    @Option(names = "--out", required = true, description = "PNG file to write")
    Path out;

    @Option(names = "--cifar10-dir", defaultValue = "/usr/share/datasets/cifar10")
    Path cifar10Dir;

    @Option(names = "--fashion-mnist-dir", defaultValue = "/usr/share/datasets/fashion-mnist")
    Path fashionMnistDir;

    @Override
    public Integer call() throws IOException {
        SignalSpec signalSpec = SignalSpec.of(signal);
        if (scale != null) {
            if (!(signalSpec instanceof SignalSpec.Scaled scaled)) {
                throw new InvalidSpecException("signal.scale", "--scale: signal '" + signal
                        + "' has no scale; allowed: --scale only for a signal that has one");
            }
            signalSpec = scaled.withScale(scale);
        }
        RunSpec spec = RunSpecs.complete(new RunSpec(null, null, new DatasetSpec(dataset, 100, 500), signalSpec, seed,
                null, List.of("decision-tree"), null));
        Dataset data = new Datasets(cifar10Dir, fashionMnistDir).load(spec.dataset(), spec.seed());
        byte[] png = SampleGrid.png(data, Signals.create(spec.signal(), data), seed,
                perClass);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(out, png);
        System.out.println(out + ": " + data.name() + " / " + spec.signal().type() + " (" + png.length + " bytes)");
        return 0;
    }
}
