package io.blindspots.encoder.domain.dataset;

import io.blindspots.events.Catalog;
import io.blindspots.events.DatasetSpec;
import io.blindspots.events.InvalidSpecException;

/** Loads the dataset a spec names. */
public final class Datasets {

    private Datasets() {
    }

    public static Dataset load(DatasetSpec spec, long seed) {
        return switch (spec.name()) {
            case Catalog.SYNTHETIC_SHAPES -> SyntheticShapes.load(spec.trainLimit(), spec.testLimit(), seed);
            default -> throw new InvalidSpecException("dataset.name", "dataset '" + spec.name()
                    + "' is not available in this encoder; allowed: " + Catalog.DATASETS);
        };
    }
}
