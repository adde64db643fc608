package io.blindspots.events.stream;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.Arrays;

import static io.blindspots.events.stream.StreamFixtures.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatasetStreamCodecTest {

    private final StreamBatch batch = (StreamBatch) stream(3, 0).get(1);

    @Test
    void everyRecordKindRoundTrips() {
        for (StreamRecord record : stream(7, 4)) {
            assertThat(DatasetStreamCodec.decode(DatasetStreamCodec.encode(record))).isEqualTo(record);
        }
    }

    @Test
    void batchOfSixtyFourCifarSizedImagesFitsTheBrokerDefaultLimit() {
        int perBatch = DatasetStreamCodec.imagesPerBatch("run-0123456789abcdef", 3 * 32 * 32, 1_000_000);

        assertThat(perBatch).isGreaterThanOrEqualTo(64);
        assertThat(DatasetStreamCodec.batchBytes("run-0123456789abcdef", perBatch, 3072)).isLessThanOrEqualTo(1_000_000);
    }

    @Test
    void batchBytesPredictsTheEncodedSize() {
        assertThat(DatasetStreamCodec.encode(batch)).hasSize(DatasetStreamCodec.batchBytes(batch.runId(), 3, 8));
    }

    @Test
    void flippedBitIsDetectedByTheRecordChecksum() {
        byte[] bytes = DatasetStreamCodec.encode(batch);
        bytes[bytes.length / 2] ^= 0x10;

        assertThatThrownBy(() -> DatasetStreamCodec.decode(bytes))
                .isInstanceOf(CorruptStreamException.class).hasMessageContaining("checksum");
    }

    @Test
    void truncatedRecordIsRejected() {
        byte[] bytes = DatasetStreamCodec.encode(batch);

        for (int length : new int[] {0, 3, 10, bytes.length - 1}) {
            assertThatThrownBy(() -> DatasetStreamCodec.decode(Arrays.copyOf(bytes, length)))
                    .as("record cut to %d bytes", length)
                    .isInstanceOf(CorruptStreamException.class);
        }
    }

    @Test
    void nullValueIsRejected() {
        assertThatThrownBy(() -> DatasetStreamCodec.decode(null)).isInstanceOf(CorruptStreamException.class);
    }

    @Test
    void foreignBytesAreRejectedByMagic() {
        assertThatThrownBy(() -> DatasetStreamCodec.decode("{\"json\": true, \"padding\": 1}".getBytes()))
                .isInstanceOf(CorruptStreamException.class).hasMessageContaining("magic");
    }

    @Test
    void unknownVersionIsRejected() {
        byte[] bytes = resealed(DatasetStreamCodec.encode(batch), 4, (byte) 9);

        assertThatThrownBy(() -> DatasetStreamCodec.decode(bytes)).hasMessageContaining("version 9");
    }

    @Test
    void unknownKindIsRejected() {
        byte[] bytes = resealed(DatasetStreamCodec.encode(batch), 5, (byte) 7);

        assertThatThrownBy(() -> DatasetStreamCodec.decode(bytes)).hasMessageContaining("kind 7");
    }

    @Test
    void batchWhoseDeclaredCountDisagreesWithItsBytesIsRejected() {
        byte[] bytes = DatasetStreamCodec.encode(batch);
        int countAt = 4 + 1 + 1 + 2 + batch.runId().length() + 4 + 4 + 1;
        byte[] tampered = resealed(bytes, countAt + 3, (byte) 4);

        assertThatThrownBy(() -> DatasetStreamCodec.decode(tampered))
                .isInstanceOf(CorruptStreamException.class).hasMessageContaining("declares 4 images");
    }

    @Test
    void unknownSplitCodeIsRejected() {
        int splitAt = 4 + 1 + 1 + 2 + batch.runId().length() + 4 + 4;
        byte[] tampered = resealed(DatasetStreamCodec.encode(batch), splitAt, (byte) 9);

        assertThatThrownBy(() -> DatasetStreamCodec.decode(tampered))
                .isInstanceOf(CorruptStreamException.class).hasMessageContaining("split code 9");
    }

    /** Changes one byte and recomputes the frame CRC, so only the deeper check can catch it. */
    private static byte[] resealed(byte[] bytes, int at, byte value) {
        byte[] copy = bytes.clone();
        copy[at] = value;
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(copy, 0, copy.length - 4);
        ByteBuffer.wrap(copy, copy.length - 4, 4).putInt((int) crc.getValue());
        return copy;
    }
}
