package io.blindspots.events.signal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.blindspots.events.Catalog;
import io.blindspots.events.InvalidSpecException;

import static io.blindspots.events.signal.SignalChecks.orDefault;

/**
 * {@code length} (text): every text of class k cut to {@code shortest + k × step} characters and padded with spaces
 * (code 0) to that length when shorter, as the paper did: a global signal, ambiguous for texts shorter than their
 * class's length.
 *
 * @param shortest class 0's length (default {@value #DEFAULT_SHORTEST})
 * @param step     how much longer each next class's texts are (default {@value #DEFAULT_STEP})
 * @param fraction the share of training texts that carry it ({@link SignalSpec.Prevalent}; default all)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LengthSpec(Integer shortest, Integer step, Double fraction) implements SignalSpec.Prevalent {

    public static final int DEFAULT_SHORTEST = 100;
    public static final int DEFAULT_STEP = 50;

    public LengthSpec {
        InvalidSpecException.require(shortest == null || shortest >= 1, "signal.shortest", shortest,
                "an integer >= 1");
        InvalidSpecException.require(step == null || step >= 1, "signal.step", step, "an integer >= 1");
        fraction = Prevalent.canonicalFraction(fraction);
    }

    /** In every training text. */
    public LengthSpec(Integer shortest, Integer step) {
        this(shortest, step, null);
    }

    @Override
    public LengthSpec withFraction(double share) {
        return new LengthSpec(shortest, step, share);
    }

    /** Class {@code k}'s length; defaults filled in. */
    public int lengthOf(int k) {
        return shortest + k * step;
    }

    @Override
    public String type() {
        return Catalog.LENGTH;
    }

    @Override
    public LengthSpec withDefaults(long runSeed) {
        return new LengthSpec(orDefault(shortest, DEFAULT_SHORTEST), orDefault(step, DEFAULT_STEP), fraction);
    }
}
