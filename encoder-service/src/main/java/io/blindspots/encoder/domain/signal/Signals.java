package io.blindspots.encoder.domain.signal;

import io.blindspots.events.stream.ImageShape;
import io.blindspots.events.Catalog;
import io.blindspots.events.InvalidSpecException;
import io.blindspots.events.SignalSpec;

/** Turns a spec's signal into a {@link Signal} for a dataset's image shape, or says clearly why it cannot. */
public final class Signals {

    private Signals() {
    }

    /**
     * @param spec the signal, defaults filled in ({@link SignalSpec#withDefaults(long)})
     * @throws InvalidSpecException when a parameter does not fit the dataset (a pixel outside the image, ...)
     */
    public static Signal create(SignalSpec spec, ImageShape shape, int classes) {
        return switch (spec.type()) {
            case Catalog.NONE -> new NoSignal();
            case Catalog.ONE_PIXEL -> new OnePixelSignal(shape, row(spec, shape), col(spec, shape), spec.scale());
            case Catalog.BLANK_ONE_PIXEL ->
                    new BlankOnePixelSignal(shape, row(spec, shape), col(spec, shape), spec.scale());
            case Catalog.PATTERN_PIXELS -> {
                require(classes <= PatternPixelsSignal.MAX_CLASSES, "signal.type", "pattern-pixels encodes at most "
                        + PatternPixelsSignal.MAX_CLASSES + " classes in four bits; this dataset has " + classes);
                int most = (Math.min(shape.height(), shape.width()) - 1) / 2;
                require(spec.inset() <= most, "signal.inset", "inset " + spec.inset()
                        + " does not fit the image; allowed: [0, " + most + "]");
                yield new PatternPixelsSignal(shape, classes, spec.scale(), spec.inset());
            }
            case Catalog.RANDOM_PIXEL -> {
                require(classes * spec.scale() <= 1, "signal.scale", "K x scale = " + classes * spec.scale()
                        + " exceeds 1; allowed: scale <= " + 1.0 / classes);
                yield new RandomPixelSignal(shape, spec.scale());
            }
            case Catalog.MULTIPLE_LOCATIONS -> {
                double most = Math.floor(0.9 * Math.hypot(shape.height() - 1, shape.width() - 1));
                require(spec.minDistance() <= most, "signal.minDistance", "minDistance " + spec.minDistance()
                        + " is too far for a " + shape.height() + "x" + shape.width() + " image; allowed: [1, "
                        + most + "]");
                yield new MultipleLocationsSignal(shape, classes, spec.seed(), spec.minDistance());
            }
            case Catalog.NOISE -> new NoiseSignal(shape, classes, spec.rms(), spec.seed());
            case Catalog.MEAN -> new MeanSignal(shape, spec.scale());
            default -> throw new InvalidSpecException("signal.type", "signal.type: '" + spec.type()
                    + "' is not supported by the encoder; allowed: " + Catalog.SIGNALS);
        };
    }

    private static int row(SignalSpec spec, ImageShape shape) {
        require(spec.row() < shape.height(), "signal.row", "pixel (" + spec.row() + ", " + spec.col()
                + ") is outside the " + shape.height() + "x" + shape.width() + " images of this dataset; allowed: "
                + "row in [0, " + (shape.height() - 1) + "]");
        return spec.row();
    }

    private static int col(SignalSpec spec, ImageShape shape) {
        require(spec.col() < shape.width(), "signal.col", "pixel (" + spec.row() + ", " + spec.col()
                + ") is outside the " + shape.height() + "x" + shape.width() + " images of this dataset; allowed: "
                + "col in [0, " + (shape.width() - 1) + "]");
        return spec.col();
    }

    private static void require(boolean ok, String field, String message) {
        if (!ok) {
            throw new InvalidSpecException(field, field + ": " + message);
        }
    }
}
