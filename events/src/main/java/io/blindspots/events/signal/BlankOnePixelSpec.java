package io.blindspots.events.signal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.blindspots.events.Catalog;

import static io.blindspots.events.signal.SignalChecks.orDefault;

/**
 * {@code blank-one-pixel} (the paper's "information shut-down" control): the image is zeroed, then the one-pixel
 * signal is written.
 *
 * @param scale the signal's unit (default {@value SignalSpec.Scaled#DEFAULT_SCALE})
 * @param row   the pixel's row, 0-based (default {@value #DEFAULT_ROW})
 * @param col   the pixel's column, 0-based (default {@value #DEFAULT_COL})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BlankOnePixelSpec(Double scale, Integer row, Integer col) implements SignalSpec.Scaled {

    public static final int DEFAULT_ROW = OnePixelSpec.DEFAULT_ROW;
    public static final int DEFAULT_COL = OnePixelSpec.DEFAULT_COL;

    public BlankOnePixelSpec {
        SignalChecks.scale(scale);
        SignalChecks.pixel(row, col);
    }

    @Override
    public String type() {
        return Catalog.BLANK_ONE_PIXEL;
    }

    @Override
    public BlankOnePixelSpec withScale(double newScale) {
        return new BlankOnePixelSpec(newScale, row, col);
    }

    @Override
    public BlankOnePixelSpec withDefaults(long runSeed) {
        return new BlankOnePixelSpec(orDefault(scale, DEFAULT_SCALE), orDefault(row, DEFAULT_ROW),
                orDefault(col, DEFAULT_COL));
    }
}
