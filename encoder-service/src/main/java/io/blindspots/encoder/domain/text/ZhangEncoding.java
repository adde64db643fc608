package io.blindspots.encoder.domain.text;

import io.blindspots.events.stream.SequenceShape;

import java.nio.charset.StandardCharsets;

/**
 * The character quantisation of Zhang, Zhao and LeCun (2015), "Character-level convolutional networks for text
 * classification", as this project applies it: the text lower-cased, each character its code in the 70-symbol
 * alphabet (26 letters, 10 digits, 33 other characters, the new line), code 0 for any other character (the space
 * among them) and for the padding after the text, cut or padded to 1014 positions.
 *
 * <p>Two choices, both Zhang's own: the text is read as UTF-8 bytes, one position per byte, as their Lua code did (a
 * non-ASCII character is one or more 0 codes); and the 33 other characters are their list verbatim, which holds '-'
 * twice, so '-' gets the code of its first place and the code of its second place never occurs. One choice of ours:
 * positions run in reading order (Zhang fed the characters backward), because the paper's signals are defined on
 * the text as read ("the first character", "the 50th character").
 */
public final class ZhangEncoding {

    /** Zhang et al.'s alphabet, code {@code i + 1} for {@code ALPHABET.charAt(i)}. */
    public static final String ALPHABET = SequenceShape.ZHANG_2015.alphabet();
    /** Zhang et al.'s input length l0. */
    public static final int LENGTH = SequenceShape.ZHANG_2015.length();
    public static final SequenceShape SHAPE = SequenceShape.ZHANG_2015;

    private static final byte[] CODES = new byte[128];

    static {
        for (int i = ALPHABET.length() - 1; i >= 0; i--) {
            CODES[ALPHABET.charAt(i)] = (byte) (i + 1);
        }
    }

    private ZhangEncoding() {
    }

    /** The code of one ASCII byte (upper case lower-cased), 0 outside the alphabet. */
    public static int code(int asciiByte) {
        if (asciiByte < 0 || asciiByte >= CODES.length) {
            return 0;
        }
        int lower = asciiByte >= 'A' && asciiByte <= 'Z' ? asciiByte + ('a' - 'A') : asciiByte;
        return CODES[lower];
    }

    /** Writes the {@link #LENGTH} codes of {@code text} into {@code out} from {@code offset}. */
    public static void encode(String text, float[] out, int offset) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int n = Math.min(bytes.length, LENGTH);
        for (int i = 0; i < n; i++) {
            out[offset + i] = code(bytes[i] & 0xFF);
        }
        java.util.Arrays.fill(out, offset + n, offset + LENGTH, 0f);
    }

    /** The text a sequence of codes reads as, code 0 shown as {@code blank}. */
    public static String decode(float[] codes, int offset, int length, String alphabet, char blank) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int c = Math.round(codes[offset + i]);
            text.append(c >= 1 && c <= alphabet.length() ? alphabet.charAt(c - 1) : blank);
        }
        return text.toString();
    }
}
