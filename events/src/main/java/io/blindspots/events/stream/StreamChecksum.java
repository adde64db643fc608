package io.blindspots.events.stream;

import java.nio.ByteBuffer;
import java.util.zip.CRC32;

/**
 * The footer's checksum: CRC32 over every batch's labels (int32) and values (float32 bits, whatever their wire encoding), big-endian, in sequence
 * order. The encoder feeds it what it sends; a trainer feeds it what it received.
 */
public final class StreamChecksum {

    private final CRC32 crc = new CRC32();
    private final ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);

    public StreamChecksum update(StreamBatch batch) {
        for (int label : batch.labels()) {
            putInt(label);
        }
        for (float value : batch.values()) {
            putInt(Float.floatToRawIntBits(value));
        }
        flush();
        return this;
    }

    public long value() {
        return crc.getValue();
    }

    private void putInt(int value) {
        if (buffer.remaining() < Integer.BYTES) {
            flush();
        }
        buffer.putInt(value);
    }

    private void flush() {
        buffer.flip();
        crc.update(buffer);
        buffer.clear();
    }
}
