package io.blindspots.events.stream;

import io.blindspots.events.Split;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;

class StreamChecksumTest {

    /** The contract, value by value: labels as int32, then values as their raw float32 bits, big-endian. */
    private static long byDefinition(StreamBatch... batches) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        for (StreamBatch batch : batches) {
            for (int label : batch.labels()) {
                out.writeInt(label);
            }
            for (float value : batch.values()) {
                out.writeInt(Float.floatToRawIntBits(value));
            }
        }
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        return crc.getValue();
    }

    @Test
    void isTheCrcOfEveryLabelAndEveryValuesRawBitsBigEndianAcrossBatchesLargerThanItsBuffer() throws IOException {
        SplittableRandom random = new SplittableRandom(3);
        int count = 23;
        int size = 3 * 32 * 32; // 70,656 values: several of the checksum's bulk chunks, the last one partial
        int[] labels = new int[count];
        float[] values = new float[count * size];
        for (int i = 0; i < count; i++) {
            labels[i] = random.nextInt(10);
        }
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextDouble(-1, 1);
        }
        values[7] = Float.intBitsToFloat(0x7fc00001); // a NaN with a payload: its own bits, not the canonical NaN
        values[8] = -0.0f;
        StreamBatch first = new StreamBatch("run-a", 0, Split.TRAIN, size, labels, values);
        StreamBatch second = new StreamBatch("run-a", 1, Split.SIGNAL, 2, new int[] {4}, new float[] {0.5f, 1f});

        long checksum = new StreamChecksum().update(first).update(second).value();

        assertThat(checksum).isEqualTo(byDefinition(first, second));
    }
}
