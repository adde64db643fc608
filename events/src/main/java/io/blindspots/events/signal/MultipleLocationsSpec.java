package io.blindspots.events.signal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.blindspots.events.Catalog;
import io.blindspots.events.InvalidSpecException;

import static io.blindspots.events.signal.SignalChecks.orDefault;

/**
 * {@code multiple-locations}: each class owns a fixed pair of distant pixels that get the same value, drawn anew per
 * image. It has no scale: only the equality of the two pixels carries the label.
 *
 * @param minDistance least distance in pixels between the two pixels of a class (default
 *                    {@value #DEFAULT_MIN_DISTANCE})
 * @param seed        seeds the pixel pairs (default: the run's seed)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MultipleLocationsSpec(Double minDistance, Long seed) implements SignalSpec {

    public static final double DEFAULT_MIN_DISTANCE = 16;

    public MultipleLocationsSpec {
        InvalidSpecException.require(minDistance == null || minDistance >= 1, "signal.minDistance", minDistance,
                "a number of pixels >= 1");
        SignalChecks.seed(seed);
    }

    @Override
    public String type() {
        return Catalog.MULTIPLE_LOCATIONS;
    }

    @Override
    public MultipleLocationsSpec withDefaults(long runSeed) {
        return new MultipleLocationsSpec(orDefault(minDistance, DEFAULT_MIN_DISTANCE), orDefault(seed, runSeed));
    }
}
