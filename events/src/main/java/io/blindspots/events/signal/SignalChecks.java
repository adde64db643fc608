package io.blindspots.events.signal;

import io.blindspots.events.InvalidSpecException;

/** The checks several signal records share, with the messages every spec error has: the field and its allowed values. */
final class SignalChecks {

    private SignalChecks() {
    }

    static void scale(Double scale) {
        InvalidSpecException.require(scale == null || (scale > 0 && scale <= 1), "signal.scale", scale,
                "a number in (0, 1]");
    }

    static void pixel(Integer row, Integer col) {
        InvalidSpecException.require(row == null || row >= 0, "signal.row", row, "a pixel row >= 0 inside the image");
        InvalidSpecException.require(col == null || col >= 0, "signal.col", col,
                "a pixel column >= 0 inside the image");
    }

    static void seed(Long seed) {
        InvalidSpecException.require(seed == null || seed >= 0, "signal.seed", seed, "an integer >= 0");
    }

    static double orDefault(Double value, double fallback) {
        return value == null ? fallback : value;
    }

    static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    static long orDefault(Long value, long fallback) {
        return value == null ? fallback : value;
    }
}
