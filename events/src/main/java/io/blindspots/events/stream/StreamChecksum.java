package io.blindspots.events.stream;

import java.nio.ByteBuffer;
import java.util.zip.CRC32;

/**
 * The footer's checksum: CRC32 over every batch's labels (int32) and values (float32 bits, whatever their wire encoding), big-endian, in sequence
 * order. The encoder feeds it what it sends; a trainer feeds it what it received.
 */
public final class StreamChecksum {

    /** Values per bulk copy into the buffer. */
    private static final int CHUNK = 16 * 1024;

    private final CRC32 crc = new CRC32();
    private final ByteBuffer buffer = ByteBuffer.allocate(CHUNK * Float.BYTES);

    public StreamChecksum update(StreamBatch batch) {
        int[] labels = batch.labels();
        for (int from = 0; from < labels.length; from += CHUNK) {
            int n = Math.min(CHUNK, labels.length - from);
            buffer.clear();
            buffer.asIntBuffer().put(labels, from, n);
            crc.update(buffer.array(), 0, n * Integer.BYTES);
        }
        float[] values = batch.values();
        for (int from = 0; from < values.length; from += CHUNK) {
            int n = Math.min(CHUNK, values.length - from);
            buffer.clear();
            buffer.asFloatBuffer().put(values, from, n); // a heap buffer stores the raw bits, as floatToRawIntBits
            crc.update(buffer.array(), 0, n * Float.BYTES);
        }
        return this;
    }

    public long value() {
        return crc.getValue();
    }
}
