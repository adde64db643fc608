package io.blindspots.encoder.domain.signal;

import io.blindspots.encoder.domain.ImageShape;
import io.blindspots.events.Catalog;
import io.blindspots.events.InvalidSpecException;
import io.blindspots.events.SignalSpec;

/** Turns a spec's signal into a {@link Signal} for a dataset's image shape, or says clearly why it cannot. */
public final class Signals {

    private Signals() {
    }

    /**
     * @param spec the signal, defaults filled in
     * @throws InvalidSpecException when a parameter does not fit the dataset (a pixel outside the image, ...)
     */
    public static Signal create(SignalSpec spec, ImageShape shape, int classes) {
        return switch (spec.type()) {
            case Catalog.NONE -> new NoSignal();
            case Catalog.ONE_PIXEL -> {
                if (spec.row() >= shape.height() || spec.col() >= shape.width()) {
                    String field = spec.row() >= shape.height() ? "signal.row" : "signal.col";
                    throw new InvalidSpecException(field, field + ": pixel (" + spec.row() + ", " + spec.col() + ") is outside the " + shape.height()
                                    + "x" + shape.width() + " images of this dataset; allowed: row in [0, "
                                    + (shape.height() - 1) + "], col in [0, " + (shape.width() - 1) + "]");
                }
                yield new OnePixelSignal(shape, spec.row(), spec.col(), spec.scale());
            }
            default -> throw new InvalidSpecException("signal.type", "signal '" + spec.type()
                    + "' is not supported by the encoder; allowed: " + Catalog.SIGNALS);
        };
    }
}
