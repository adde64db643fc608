package io.blindspots.events.signal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.blindspots.events.Catalog;
import io.blindspots.events.InvalidSpecException;

import java.util.List;

import static io.blindspots.events.signal.SignalChecks.orDefault;

/**
 * {@code pattern-char} (text): at {@code positions[b]}, a set bit b of the label turns the character into
 * {@code code}, a clear bit leaves it unchanged. With code 0 (the space, padding and unknown) an unchanged space
 * reads as a set bit: a partial signal, as in the paper.
 *
 * @param positions the 0-based positions of bits 0, 1, 2, ... (default 50, 150, 200, the paper's); 2^n ≥ classes
 * @param code      the symbol code a set bit writes (default {@value #DEFAULT_CODE})
 * @param fraction  the share of training texts that carry it ({@link SignalSpec.Prevalent}; default all)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PatternCharSpec(List<Integer> positions, Integer code, Double fraction)
        implements SignalSpec.Prevalent {

    public static final List<Integer> DEFAULT_POSITIONS = List.of(50, 150, 200);
    public static final int DEFAULT_CODE = 0;

    public PatternCharSpec {
        InvalidSpecException.require(positions == null || (!positions.isEmpty() && positions.size() <= 30
                        && positions.stream().allMatch(p -> p != null && p >= 0)
                        && positions.stream().distinct().count() == positions.size()), "signal.positions",
                positions, "a non-empty list of at most 30 distinct integers >= 0 inside the sequence");
        InvalidSpecException.require(code == null || (code >= 0 && code <= 255), "signal.code", code,
                "a symbol code in [0, 255] of the dataset's alphabet");
        positions = positions == null ? null : List.copyOf(positions);
        fraction = Prevalent.canonicalFraction(fraction);
    }

    /** In every training text. */
    public PatternCharSpec(List<Integer> positions, Integer code) {
        this(positions, code, null);
    }

    @Override
    public PatternCharSpec withFraction(double share) {
        return new PatternCharSpec(positions, code, share);
    }

    @Override
    public String type() {
        return Catalog.PATTERN_CHAR;
    }

    @Override
    public PatternCharSpec withDefaults(long runSeed) {
        return new PatternCharSpec(positions == null ? DEFAULT_POSITIONS : positions, orDefault(code, DEFAULT_CODE), fraction);
    }
}
