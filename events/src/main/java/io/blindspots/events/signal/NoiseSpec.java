package io.blindspots.events.signal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.blindspots.events.Catalog;
import io.blindspots.events.InvalidSpecException;

import static io.blindspots.events.signal.SignalChecks.orDefault;

/**
 * {@code noise}: each class has a dense noise vector, and the image of a class is translated along it. It has no
 * scale: its strength is {@code rms}, which a sweep's {@code scales} set.
 *
 * @param rms  per-pixel RMS of each class's noise vector (default {@value #DEFAULT_RMS})
 * @param seed seeds the class directions (default: the run's seed)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NoiseSpec(Double rms, Long seed) implements SignalSpec.Graded {

    public static final double DEFAULT_RMS = 0.025;

    public NoiseSpec {
        InvalidSpecException.require(rms == null || (rms > 0 && rms <= 1), "signal.rms", rms, "a number in (0, 1]");
        SignalChecks.seed(seed);
    }

    @Override
    public String type() {
        return Catalog.NOISE;
    }

    @Override
    public String strengthParameter() {
        return "rms";
    }

    @Override
    public Double strength() {
        return rms;
    }

    @Override
    public NoiseSpec withStrength(double strength) {
        return new NoiseSpec(strength, seed);
    }

    @Override
    public NoiseSpec withDefaults(long runSeed) {
        return new NoiseSpec(orDefault(rms, DEFAULT_RMS), orDefault(seed, runSeed));
    }
}
