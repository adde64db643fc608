package io.blindspots.events;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The label-revealing signal injected into a run's images (DESIGN.md, "Signals"). Every constant of a signal is a
 * field here, with the design's default filled in by {@link #withDefaults()}.
 *
 * @param type  one of {@link Catalog#SIGNALS}
 * @param scale the signal's unit: one-pixel sets its pixel to {@code label × scale}; default 1e-3
 * @param row   one-pixel: the pixel's row (0-based); default 16
 * @param col   one-pixel: the pixel's column (0-based); default 16
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SignalSpec(String type, Double scale, Integer row, Integer col) {

    public static final double DEFAULT_SCALE = 1e-3;
    public static final int DEFAULT_ROW = 16;
    public static final int DEFAULT_COL = 16;

    public SignalSpec {
        RunSpec.require(type != null && Catalog.SIGNALS.contains(type), "signal.type", type,
                "one of " + Catalog.SIGNALS);
        RunSpec.require(scale == null || (scale > 0 && scale <= 1), "signal.scale", scale, "a number in (0, 1]");
        RunSpec.require(row == null || row >= 0, "signal.row", row, "a pixel row >= 0 inside the image");
        RunSpec.require(col == null || col >= 0, "signal.col", col, "a pixel column >= 0 inside the image");
    }

    public SignalSpec withDefaults() {
        if (Catalog.NONE.equals(type)) {
            return new SignalSpec(type, null, null, null);
        }
        return new SignalSpec(type,
                scale == null ? DEFAULT_SCALE : scale,
                row == null ? DEFAULT_ROW : row,
                col == null ? DEFAULT_COL : col);
    }
}
