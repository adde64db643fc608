package io.blindspots.encoder.domain.dataset;

import io.blindspots.events.Catalog;
import io.blindspots.events.DatasetSpec;
import io.blindspots.events.InvalidSpecException;

import java.nio.file.Path;

/**
 * Loads the dataset a spec names, from the directories this encoder was configured with.
 *
 * @param cifar10Dir      where CIFAR-10's binary batches are
 * @param fashionMnistDir where Fashion-MNIST's IDX files are
 */
public record Datasets(Path cifar10Dir, Path fashionMnistDir) {

    /**
     * @throws InvalidSpecException for a dataset this encoder does not know
     * @throws DatasetFileException when the dataset's files are missing or damaged
     */
    public Dataset load(DatasetSpec spec, long seed) {
        return switch (spec.name()) {
            case Catalog.SYNTHETIC_SHAPES -> SyntheticShapes.load(spec.trainLimit(), spec.testLimit(), seed);
            case Catalog.CIFAR10 -> Cifar10.load(cifar10Dir, spec.trainLimit(), spec.testLimit());
            case Catalog.FASHION_MNIST -> FashionMnist.load(fashionMnistDir, spec.trainLimit(), spec.testLimit());
            default -> throw new InvalidSpecException("dataset.name", "dataset.name: '" + spec.name()
                    + "' is not available in this encoder; allowed: " + Catalog.DATASETS);
        };
    }
}
