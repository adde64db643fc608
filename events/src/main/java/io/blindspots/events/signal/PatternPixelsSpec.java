package io.blindspots.events.signal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.blindspots.events.Catalog;
import io.blindspots.events.InvalidSpecException;

import static io.blindspots.events.signal.SignalChecks.orDefault;

/**
 * {@code pattern-pixels}: four pixels near the corners hold the label's four bits; a set bit is {@code scale}.
 *
 * @param scale the value of a set bit (default {@value SignalSpec.Scaled#DEFAULT_SCALE})
 * @param inset distance of the four pixels from the image's edges (default {@value #DEFAULT_INSET}, the corners)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PatternPixelsSpec(Double scale, Integer inset) implements SignalSpec.Scaled {

    public static final int DEFAULT_INSET = 0;

    public PatternPixelsSpec {
        SignalChecks.scale(scale);
        InvalidSpecException.require(inset == null || inset >= 0, "signal.inset", inset,
                "an integer >= 0 inside the image");
    }

    @Override
    public String type() {
        return Catalog.PATTERN_PIXELS;
    }

    @Override
    public PatternPixelsSpec withScale(double newScale) {
        return new PatternPixelsSpec(newScale, inset);
    }

    @Override
    public PatternPixelsSpec withDefaults(long runSeed) {
        return new PatternPixelsSpec(orDefault(scale, DEFAULT_SCALE), orDefault(inset, DEFAULT_INSET));
    }
}
