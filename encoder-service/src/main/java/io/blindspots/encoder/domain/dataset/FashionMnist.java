package io.blindspots.encoder.domain.dataset;

import io.blindspots.events.stream.ImageShape;
import io.blindspots.encoder.domain.LabeledImages;

import java.nio.file.Path;
import java.util.List;

/**
 * Fashion-MNIST from its IDX files (as Debian's {@code dataset-fashion-mnist} installs them under
 * {@code /usr/share/datasets/fashion-mnist}): 28×28 grey images, one channel, 10 classes. Limits take the first images
 * of each file.
 */
public final class FashionMnist {

    public static final String NAME = "fashion-mnist";
    public static final ImageShape SHAPE = new ImageShape(1, 28, 28);
    public static final List<String> CLASSES = List.of("t-shirt/top", "trouser", "pullover", "dress", "coat", "sandal",
            "shirt", "sneaker", "bag", "ankle-boot");
    public static final List<String> FILES = List.of("train-images-idx3-ubyte", "train-labels-idx1-ubyte",
            "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte");

    private FashionMnist() {
    }

    public static Dataset load(Path dir, Integer trainLimit, Integer testLimit) {
        return new Dataset(NAME, SHAPE, CLASSES,
                part(dir, "train", trainLimit == null ? Integer.MAX_VALUE : trainLimit),
                part(dir, "t10k", testLimit == null ? Integer.MAX_VALUE : testLimit));
    }

    private static LabeledImages part(Path dir, String prefix, int limit) {
        Path imageFile;
        Path labelFile;
        try {
            imageFile = IdxFiles.find(dir, prefix + "-images-idx3-ubyte");
            labelFile = IdxFiles.find(dir, prefix + "-labels-idx1-ubyte");
        } catch (DatasetFileException e) {
            throw new DatasetFileException("Fashion-MNIST not found: " + e.getMessage() + "; expected in " + dir + ": "
                    + FILES + " (each may be .gz), e.g. from Debian's dataset-fashion-mnist package", e);
        }
        IdxFiles.Contents images = IdxFiles.read(imageFile, 3, limit);
        IdxFiles.Contents labels = IdxFiles.read(labelFile, 1, limit);
        if (images.sizes()[1] != SHAPE.height() || images.sizes()[2] != SHAPE.width()) {
            throw new DatasetFileException(imageFile + " holds " + images.sizes()[1] + "x" + images.sizes()[2]
                    + " images, Fashion-MNIST's are 28x28");
        }
        if (images.count() != labels.count()) {
            throw new DatasetFileException(imageFile + " has " + images.count() + " images but " + labelFile + " has "
                    + labels.count() + " labels");
        }
        int[] y = new int[labels.count()];
        for (int i = 0; i < y.length; i++) {
            y[i] = Byte.toUnsignedInt(labels.data()[i]);
            if (y[i] >= CLASSES.size()) {
                throw new DatasetFileException(labelFile + " has label " + y[i] + " at " + i + "; allowed 0-9");
            }
        }
        return new LabeledImages(SHAPE, y, Pixels.fromBytes(images.data()));
    }
}
