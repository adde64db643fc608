package io.blindspots.events.stream;

import io.blindspots.events.Split;

import java.nio.ByteBuffer;

/**
 * The body of a batch frame ({@link DatasetStreamCodec}): {@code sequence u32 | split u8 | count u32 |
 * sampleSize u32 | encoding u8 | labels count×i32 | values count×sampleSize×(f32 or u8)}.
 */
final class BatchBody {

    /** sequence, split, count, sampleSize, encoding. */
    static final int FIXED_BYTES = 4 + 1 + 4 + 4 + 1;

    private BatchBody() {
    }

    /** The body's length in bytes. */
    static int length(StreamBatch b) {
        return FIXED_BYTES + b.count() * 4 + b.values().length * b.encoding().bytes();
    }

    /** Writes the body at {@code buf}'s position, {@link #length} bytes, leaving the position after it. */
    static void encode(StreamBatch b, ByteBuffer buf) {
        ValueEncoding encoding = b.encoding();
        buf.putInt(b.sequence()).put(b.split().code()).putInt(b.count()).putInt(b.sampleSize()).put(encoding.code());
        buf.asIntBuffer().put(b.labels());
        buf.position(buf.position() + b.count() * 4);
        switch (encoding) {
            case F32 -> {
                buf.asFloatBuffer().put(b.values());
                buf.position(buf.position() + b.values().length * 4);
            }
            case U8 -> {
                for (float value : b.values()) {
                    int code = (int) value;
                    if (code != value || code < 0 || code > encoding.maxCode()) {
                        throw new IllegalArgumentException("batch " + b.sequence() + " holds " + value
                                + ", not a symbol code in [0, " + encoding.maxCode() + "]");
                    }
                    buf.put((byte) code);
                }
            }
        }
    }

    static StreamBatch decode(String runId, ByteBuffer body) {
        int sequence = body.getInt();
        Split split = Split.ofCode(body.get());
        int count = body.getInt();
        int sampleSize = body.getInt();
        ValueEncoding encoding = ValueEncoding.ofCode(body.get());
        long expected = FIXED_BYTES + 4L * count + (long) encoding.bytes() * count * sampleSize;
        if (count < 0 || sampleSize < 1 || expected != body.limit()) {
            throw new CorruptStreamException("batch " + sequence + " declares " + count + " samples of " + sampleSize
                    + " " + encoding + " values but holds " + body.limit() + " bytes");
        }
        int[] labels = new int[count];
        body.asIntBuffer().get(labels);
        body.position(body.position() + count * 4);
        float[] values = new float[count * sampleSize];
        switch (encoding) {
            case F32 -> body.asFloatBuffer().get(values);
            case U8 -> {
                for (int i = 0; i < values.length; i++) {
                    values[i] = Byte.toUnsignedInt(body.get());
                }
            }
        }
        return new StreamBatch(runId, sequence, split, sampleSize, encoding, labels, values);
    }
}
