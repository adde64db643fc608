package io.blindspots.events.stream;

import java.util.Objects;

/**
 * A sequence sample, such as a text: {@code length} symbol codes, one byte each on the wire. Code 0 stands for padding
 * and for any symbol outside the alphabet; code {@code i + 1} is {@code alphabet.charAt(i)}.
 *
 * @param length   symbols per sample
 * @param alphabet the symbols codes 1 .. alphabet.length() stand for, in order
 */
public record SequenceShape(int length, String alphabet) implements SampleShape {

    public static final String KIND = "sequence";

    /**
     * Zhang, Zhao and LeCun's (2015) character quantisation: 1014 positions over their 70 symbols (26 letters, 10
     * digits, 33 other characters with '-' twice, the new line), as the encoder's text datasets declare it.
     */
    public static final SequenceShape ZHANG_2015 = new SequenceShape(1014,
            "abcdefghijklmnopqrstuvwxyz0123456789-,;.!?:'\"/\\|_@#$%^&*~`+-=<>()[]{}\n");

    public SequenceShape {
        Objects.requireNonNull(alphabet, "alphabet");
        if (length < 1) {
            throw new IllegalArgumentException("empty sequence shape of length " + length);
        }
        if (alphabet.isEmpty() || alphabet.length() > ValueEncoding.U8.maxCode()) {
            throw new IllegalArgumentException("an alphabet of " + alphabet.length() + " symbols; allowed: 1 to "
                    + ValueEncoding.U8.maxCode());
        }
    }

    /** Distinct codes a position may hold: the alphabet and the padding/unknown code 0. */
    public int symbols() {
        return alphabet.length() + 1;
    }

    @Override
    public int size() {
        return length;
    }

    @Override
    public ValueEncoding encoding() {
        return ValueEncoding.U8;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String toString() {
        return "sequence of " + length + " over " + symbols() + " symbols";
    }
}
