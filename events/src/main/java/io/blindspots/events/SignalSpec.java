package io.blindspots.events;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The label-revealing signal injected into a run's images (DESIGN.md, "Signals"). Every constant of a signal is a
 * field here; {@link #withDefaults(long)} fills in the design's default for the fields the type uses and drops the
 * others, so two specs that mean the same signal have the same canonical form (and the same run id).
 *
 * @param type        one of {@link Catalog#SIGNALS}
 * @param scale       the signal's unit (default 1e-3): one-pixel and blank-one-pixel write {@code label × scale},
 *                    pattern-pixels writes {@code scale} for a set bit, random-pixel {@code (label + 1) × scale},
 *                    mean adds {@code label × scale}
 * @param row         one-pixel, blank-one-pixel: the pixel's row, 0-based (default 16)
 * @param col         one-pixel, blank-one-pixel: the pixel's column, 0-based (default 16)
 * @param inset       pattern-pixels: distance of the four pixels from the image's edges (default 0, the corners)
 * @param rms         noise: per-pixel RMS of each class's noise vector (default 0.025)
 * @param minDistance multiple-locations: least distance in pixels between the two pixels of a class (default 16)
 * @param seed        noise, multiple-locations: seeds the class directions or pixel pairs (default: the run's seed)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SignalSpec(String type, Double scale, Integer row, Integer col, Integer inset, Double rms,
                         Double minDistance, Long seed) {

    public static final double DEFAULT_SCALE = 1e-3;
    public static final int DEFAULT_ROW = 16;
    public static final int DEFAULT_COL = 16;
    public static final int DEFAULT_INSET = 0;
    public static final double DEFAULT_RMS = 0.025;
    public static final double DEFAULT_MIN_DISTANCE = 16;

    public SignalSpec {
        RunSpec.require(type != null && Catalog.SIGNALS.contains(type), "signal.type", type,
                "one of " + Catalog.SIGNALS);
        RunSpec.require(scale == null || (scale > 0 && scale <= 1), "signal.scale", scale, "a number in (0, 1]");
        RunSpec.require(row == null || row >= 0, "signal.row", row, "a pixel row >= 0 inside the image");
        RunSpec.require(col == null || col >= 0, "signal.col", col, "a pixel column >= 0 inside the image");
        RunSpec.require(inset == null || inset >= 0, "signal.inset", inset, "an integer >= 0 inside the image");
        RunSpec.require(rms == null || (rms > 0 && rms <= 1), "signal.rms", rms, "a number in (0, 1]");
        RunSpec.require(minDistance == null || minDistance >= 1, "signal.minDistance", minDistance,
                "a number of pixels >= 1");
        RunSpec.require(seed == null || seed >= 0, "signal.seed", seed, "an integer >= 0");
    }

    /** A signal of the given type with every parameter left to its default. */
    public static SignalSpec of(String type) {
        return new SignalSpec(type, null, null, null, null, null, null, null);
    }

    /** The same signal at another scale. */
    public SignalSpec withScale(double newScale) {
        return new SignalSpec(type, newScale, row, col, inset, rms, minDistance, seed);
    }

    /** The parameters this type uses, defaults filled in; the others dropped. */
    public SignalSpec withDefaults(long runSeed) {
        double s = scale == null ? DEFAULT_SCALE : scale;
        int r = row == null ? DEFAULT_ROW : row;
        int c = col == null ? DEFAULT_COL : col;
        long sd = seed == null ? runSeed : seed;
        return switch (type) {
            case Catalog.ONE_PIXEL, Catalog.BLANK_ONE_PIXEL -> new SignalSpec(type, s, r, c, null, null, null, null);
            case Catalog.PATTERN_PIXELS -> new SignalSpec(type, s, null, null, inset == null ? DEFAULT_INSET : inset,
                    null, null, null);
            case Catalog.RANDOM_PIXEL, Catalog.MEAN -> new SignalSpec(type, s, null, null, null, null, null, null);
            case Catalog.MULTIPLE_LOCATIONS -> new SignalSpec(type, null, null, null, null, null,
                    minDistance == null ? DEFAULT_MIN_DISTANCE : minDistance, sd);
            case Catalog.NOISE -> new SignalSpec(type, null, null, null, null, rms == null ? DEFAULT_RMS : rms,
                    null, sd);
            default -> of(type);
        };
    }
}
