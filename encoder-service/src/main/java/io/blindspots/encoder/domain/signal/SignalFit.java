package io.blindspots.encoder.domain.signal;

import io.blindspots.events.InvalidSpecException;
import io.blindspots.events.stream.ImageShape;

/**
 * The check every signal's {@code of(spec, shape, classes)} uses to say that a parameter does not fit the dataset:
 * an {@link InvalidSpecException} naming the field, so the spec is rejected before anything is published.
 */
final class SignalFit {

    private SignalFit() {
    }

    static void require(boolean ok, String field, String message) {
        if (!ok) {
            throw new InvalidSpecException(field, field + ": " + message);
        }
    }

    /** Requires (row, col) inside the image, naming the allowed range of the coordinate that is outside. */
    static void pixelInside(int row, int col, ImageShape shape) {
        String outside = "pixel (" + row + ", " + col + ") is outside the " + shape.height() + "x" + shape.width()
                + " images of this dataset; allowed: ";
        require(row < shape.height(), "signal.row", outside + "row in [0, " + (shape.height() - 1) + "]");
        require(col < shape.width(), "signal.col", outside + "col in [0, " + (shape.width() - 1) + "]");
    }
}
