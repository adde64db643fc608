package io.blindspots.events.stream;

/**
 * How the values of a batch travel: samples are float arrays in memory whatever their kind, and the shape's encoding
 * says how many bytes each value takes on the wire.
 */
public enum ValueEncoding {
    /** IEEE float32, big-endian: image pixels. */
    F32((byte) 1, Float.BYTES),
    /** One unsigned byte, a symbol code in [0, 255]: text characters. */
    U8((byte) 2, 1);

    private final byte code;
    private final int bytes;

    ValueEncoding(byte code, int bytes) {
        this.code = code;
        this.bytes = bytes;
    }

    public byte code() {
        return code;
    }

    /** Bytes per value on the wire. */
    public int bytes() {
        return bytes;
    }

    /** The largest code a {@link #U8} value may hold. */
    public int maxCode() {
        return 255;
    }

    public static ValueEncoding ofCode(byte code) {
        for (ValueEncoding encoding : values()) {
            if (encoding.code == code) {
                return encoding;
            }
        }
        throw new IllegalArgumentException("unknown value encoding " + code);
    }
}
