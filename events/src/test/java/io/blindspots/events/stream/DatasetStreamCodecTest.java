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
    void everyRecordOfASequenceStreamRoundTrips() {
        for (StreamRecord record : stream(StreamFixtures.SEQUENCE, 7, 4)) {
            assertThat(DatasetStreamCodec.decode(DatasetStreamCodec.encode(record))).isEqualTo(record);
        }
    }

    @Test
    void headerCarriesTheSampleShapeOfEitherKind() {
        for (SampleShape shape : new SampleShape[] {StreamFixtures.IMAGE, StreamFixtures.SEQUENCE}) {
            StreamHeader header = (StreamHeader) DatasetStreamCodec.decode(
                    DatasetStreamCodec.encode(stream(shape, 1, 0).getFirst()));

            assertThat(header.shape()).isEqualTo(shape);
        }
    }

    @Test
    void sequenceValuesTravelAsOneByteEach() {
        StreamBatch text = (StreamBatch) stream(StreamFixtures.SEQUENCE, 3, 0).get(1);
        StreamBatch image = (StreamBatch) stream(new ImageShape(1, 3, 4), 3, 0).get(1);

        assertThat(DatasetStreamCodec.encode(image).length - DatasetStreamCodec.encode(text).length)
                .isEqualTo(3 * 12 * (Float.BYTES - 1));
    }

    @Test
    void sequenceValueThatIsNoSymbolCodeIsRefused() {
        StreamBatch text = (StreamBatch) stream(StreamFixtures.SEQUENCE, 1, 0).get(1);
        float[] values = text.values().clone();
        values[0] = 0.5f;

        assertThatThrownBy(() -> DatasetStreamCodec.encode(new StreamBatch(text.runId(), 0, text.split(),
                text.sampleSize(), text.encoding(), text.labels(), values)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("symbol code");
    }

    @Test
    void batchOfSixtyFourCifarSizedImagesFitsTheBrokerDefaultLimit() {
        ImageShape cifar = new ImageShape(3, 32, 32);
        int perBatch = DatasetStreamCodec.samplesPerBatch("run-0123456789abcdef", cifar, 1_000_000);

        assertThat(perBatch).isGreaterThanOrEqualTo(64);
        assertThat(DatasetStreamCodec.batchBytes("run-0123456789abcdef", perBatch, cifar))
                .isLessThanOrEqualTo(1_000_000);
    }

    @Test
    void batchBytesPredictsTheEncodedSize() {
        StreamBatch text = (StreamBatch) stream(StreamFixtures.SEQUENCE, 3, 0).get(1);

        assertThat(DatasetStreamCodec.encode(batch))
                .hasSize(DatasetStreamCodec.batchBytes(batch.runId(), 3, StreamFixtures.IMAGE));
        assertThat(DatasetStreamCodec.encode(text))
                .hasSize(DatasetStreamCodec.batchBytes(text.runId(), 3, StreamFixtures.SEQUENCE));
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
                .isInstanceOf(CorruptStreamException.class).hasMessageContaining("declares 4 samples");
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
