package io.blindspots.events.signal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.blindspots.events.Catalog;

import static io.blindspots.events.signal.SignalChecks.orDefault;

/**
 * {@code one-pixel}: one fixed pixel, in every channel, set to {@code label × scale}.
 *
 * @param scale the signal's unit (default {@value SignalSpec.Scaled#DEFAULT_SCALE})
 * @param row   the pixel's row, 0-based (default {@value #DEFAULT_ROW})
 * @param col   the pixel's column, 0-based (default {@value #DEFAULT_COL})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OnePixelSpec(Double scale, Integer row, Integer col) implements SignalSpec.Scaled {

    public static final int DEFAULT_ROW = 16;
    public static final int DEFAULT_COL = 16;

    public OnePixelSpec {
        SignalChecks.scale(scale);
        SignalChecks.pixel(row, col);
    }

    @Override
    public String type() {
        return Catalog.ONE_PIXEL;
    }

    @Override
    public OnePixelSpec withScale(double newScale) {
        return new OnePixelSpec(newScale, row, col);
    }

    @Override
    public OnePixelSpec withDefaults(long runSeed) {
        return new OnePixelSpec(orDefault(scale, DEFAULT_SCALE), orDefault(row, DEFAULT_ROW),
                orDefault(col, DEFAULT_COL));
    }
}
