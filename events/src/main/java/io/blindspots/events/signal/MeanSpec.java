package io.blindspots.events.signal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.blindspots.events.Catalog;

import static io.blindspots.events.signal.SignalChecks.orDefault;

/**
 * {@code mean}: the image is made zero-mean, then {@code label × scale} is added to every pixel.
 *
 * @param scale the signal's unit (default {@value SignalSpec.Scaled#DEFAULT_SCALE})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeanSpec(Double scale) implements SignalSpec.Scaled {

    public MeanSpec {
        SignalChecks.scale(scale);
    }

    @Override
    public String type() {
        return Catalog.MEAN;
    }

    @Override
    public MeanSpec withScale(double newScale) {
        return new MeanSpec(newScale);
    }

    @Override
    public MeanSpec withDefaults(long runSeed) {
        return new MeanSpec(orDefault(scale, DEFAULT_SCALE));
    }
}
