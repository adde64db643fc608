package io.blindspots.events.signal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.blindspots.events.Catalog;
import io.blindspots.events.InvalidSpecException;

import static io.blindspots.events.signal.SignalChecks.orDefault;

/**
 * {@code mnemonic} (text): the character at {@code position} replaced by the label's character,
 * {@code characters.charAt(label)}: complete information in one position, the text's one-pixel.
 *
 * @param position   the character replaced, 0-based (default {@value #DEFAULT_POSITION}: the first)
 * @param characters class k's character at index k; each must be in the dataset's alphabet, one per class at least
 *                   (default {@value #DEFAULT_CHARACTERS})
 * @param fraction   the share of training texts that carry it ({@link SignalSpec.Prevalent}; default all)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MnemonicSpec(Integer position, String characters, Double fraction) implements SignalSpec.Prevalent {

    public static final int DEFAULT_POSITION = 0;
    public static final String DEFAULT_CHARACTERS = "abcdefghijklmnopqrstuvwxyz";

    public MnemonicSpec {
        InvalidSpecException.require(position == null || position >= 0, "signal.position", position,
                "an integer >= 0 inside the sequence");
        InvalidSpecException.require(characters == null
                        || (!characters.isEmpty() && characters.chars().distinct().count() == characters.length()),
                "signal.characters", characters, "a non-empty string of distinct characters, one per class");
        fraction = Prevalent.canonicalFraction(fraction);
    }

    /** In every training text. */
    public MnemonicSpec(Integer position, String characters) {
        this(position, characters, null);
    }

    @Override
    public MnemonicSpec withFraction(double share) {
        return new MnemonicSpec(position, characters, share);
    }

    @Override
    public String type() {
        return Catalog.MNEMONIC;
    }

    @Override
    public MnemonicSpec withDefaults(long runSeed) {
        return new MnemonicSpec(orDefault(position, DEFAULT_POSITION),
                characters == null ? DEFAULT_CHARACTERS : characters, fraction);
    }
}
