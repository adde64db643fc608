package io.blindspots.encoder.domain.dataset;

import io.blindspots.events.Catalog;
import io.blindspots.events.DatasetSpec;
import io.blindspots.events.InvalidSpecException;

import io.blindspots.encoder.domain.text.SyntheticText;
import io.blindspots.encoder.domain.text.ZhangCsvDataset;

import java.nio.file.Path;

/**
 * Loads the dataset a spec names, from the directories this encoder was configured with.
 *
 * @param cifar10Dir      where CIFAR-10's binary batches are
 * @param fashionMnistDir where Fashion-MNIST's IDX files are
 * @param yelpFullDir     where Yelp Review Full's {@code train.csv} and {@code test.csv} are
 * @param amazonFullDir   where Amazon Review Full's are
 * @param textCsvDir      where the {@code text-csv} dataset's are
 */
public record Datasets(Path cifar10Dir, Path fashionMnistDir, Path yelpFullDir, Path amazonFullDir,
                       Path textCsvDir) {

    /** The image directories only; the text ones at their defaults. */
    public Datasets(Path cifar10Dir, Path fashionMnistDir) {
        this(cifar10Dir, fashionMnistDir, Path.of("/usr/share/datasets/yelp_review_full_csv"),
                Path.of("/usr/share/datasets/amazon_review_full_csv"), Path.of("/usr/share/datasets/text-csv"));
    }

    /**
     * @throws InvalidSpecException for a dataset this encoder does not know
     * @throws DatasetFileException when the dataset's files are missing or damaged
     */
    public Dataset load(DatasetSpec spec, long seed) {
        return switch (spec.name()) {
            case Catalog.SYNTHETIC_SHAPES -> SyntheticShapes.load(spec.trainLimit(), spec.testLimit(), seed);
            case Catalog.CIFAR10 -> Cifar10.load(cifar10Dir, spec.trainLimit(), spec.testLimit());
            case Catalog.FASHION_MNIST -> FashionMnist.load(fashionMnistDir, spec.trainLimit(), spec.testLimit());
            case Catalog.SYNTHETIC_TEXT -> SyntheticText.load(spec.trainLimit(), spec.testLimit(), seed);
            case Catalog.YELP_FULL -> ZhangCsvDataset.load(spec.name(), yelpFullDir, "blindspots.encoder.yelp-full-dir",
                    ZhangCsvDataset.STARS, spec.trainLimit(), spec.testLimit());
            case Catalog.AMAZON_FULL -> ZhangCsvDataset.load(spec.name(), amazonFullDir,
                    "blindspots.encoder.amazon-full-dir", ZhangCsvDataset.STARS, spec.trainLimit(), spec.testLimit());
            case Catalog.TEXT_CSV -> ZhangCsvDataset.load(spec.name(), textCsvDir, "blindspots.encoder.text-csv-dir",
                    null, spec.trainLimit(), spec.testLimit());
            default -> throw new InvalidSpecException("dataset.name", "dataset.name: '" + spec.name()
                    + "' is not available in this encoder; allowed: " + Catalog.DATASETS);
        };
    }
}
