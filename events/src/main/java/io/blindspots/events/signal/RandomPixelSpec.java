package io.blindspots.events.signal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.blindspots.events.Catalog;

import static io.blindspots.events.signal.SignalChecks.orDefault;

/**
 * {@code random-pixel}: one pixel at a position drawn anew for every image, set to {@code (label + 1) × scale}.
 *
 * @param scale the signal's unit (default {@value SignalSpec.Scaled#DEFAULT_SCALE})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RandomPixelSpec(Double scale) implements SignalSpec.Scaled {

    public RandomPixelSpec {
        SignalChecks.scale(scale);
    }

    @Override
    public String type() {
        return Catalog.RANDOM_PIXEL;
    }

    @Override
    public RandomPixelSpec withScale(double newScale) {
        return new RandomPixelSpec(newScale);
    }

    @Override
    public RandomPixelSpec withDefaults(long runSeed) {
        return new RandomPixelSpec(orDefault(scale, DEFAULT_SCALE));
    }
}
