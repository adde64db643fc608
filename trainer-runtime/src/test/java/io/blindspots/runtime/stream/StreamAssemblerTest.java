package io.blindspots.runtime.stream;

import io.blindspots.events.Split;
import io.blindspots.events.stream.CorruptStreamException;
import io.blindspots.events.stream.StreamBatch;
import io.blindspots.events.stream.StreamFixtures;
import io.blindspots.events.stream.StreamFooter;
import io.blindspots.events.stream.StreamHeader;
import io.blindspots.events.stream.StreamRecord;
import io.blindspots.events.stream.ValueEncoding;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.blindspots.events.stream.StreamFixtures.RUN;
import static io.blindspots.events.stream.StreamFixtures.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StreamAssemblerTest {

    @Test
    void rebuildsEverySplitInOrder() {
        List<StreamRecord> records = stream(7, 4);
        StreamAssembler assembler = new StreamAssembler(RUN);

        records.forEach(assembler::accept);
        ReceivedDataset dataset = assembler.dataset();

        assertThat(dataset.split(Split.TRAIN).count()).isEqualTo(7);
        assertThat(dataset.split(Split.CLEAN).count()).isEqualTo(4);
        StreamBatch first = (StreamBatch) records.get(1);
        assertThat(dataset.split(Split.TRAIN).sample(0)).containsExactly(java.util.Arrays.copyOf(first.values(), 8));
        assertThat(dataset.split(Split.TRAIN).labels()[0]).isEqualTo(first.labels()[0]);
    }

    @Test
    void redeliveredRecordsAreCountedOnce() {
        List<StreamRecord> records = stream(7, 4);
        List<StreamRecord> replayed = new ArrayList<>(records.subList(0, 3));
        replayed.addAll(records);
        StreamAssembler assembler = new StreamAssembler(RUN);

        replayed.forEach(assembler::accept);

        assertThat(assembler.dataset().split(Split.TRAIN).count()).isEqualTo(7);
    }

    @Test
    void batchesOutOfOrderWaitForTheGapAndAssembleTheSameDataset() {
        List<StreamRecord> records = stream(7, 4);
        List<StreamRecord> shuffled = new ArrayList<>(records);
        java.util.Collections.swap(shuffled, 1, 3); // batches 0 and 2 change places
        StreamAssembler inOrder = new StreamAssembler(RUN);
        StreamAssembler outOfOrder = new StreamAssembler(RUN);

        records.forEach(inOrder::accept);
        shuffled.forEach(outOfOrder::accept);

        assertThat(outOfOrder.dataset().splits()).isEqualTo(inOrder.dataset().splits());
    }

    @Test
    void symbolCodesAreHeldOneByteEachAndReadBackAsTheirValues() {
        List<StreamRecord> records = stream(StreamFixtures.SEQUENCE, 5, 2);
        StreamAssembler assembler = new StreamAssembler(RUN);
        records.forEach(assembler::accept);

        SplitData train = assembler.dataset().split(Split.TRAIN);
        assertThat(train.toString()).contains("codes");
        assertThat(train.toFloats()).containsExactly(java.util.stream.IntStream.range(1, records.size() - 1)
                .mapToObj(records::get).map(StreamBatch.class::cast).filter(b -> b.split() == Split.TRAIN)
                .map(StreamBatch::values).reduce(new float[0], StreamAssemblerTest::concat));
    }

    @Test
    void batchBeyondTheSplitSizeTheHeaderDeclaresIsCorrupt() {
        List<StreamRecord> records = stream(2, 0);
        StreamAssembler assembler = new StreamAssembler(RUN);
        assembler.accept(records.get(0));
        StreamBatch batch = (StreamBatch) records.get(1);

        assertThatThrownBy(() -> assembler.accept(new StreamBatch(RUN, batch.sequence(), Split.TRAIN,
                batch.sampleSize(), new int[] {0, 1, 0}, new float[3 * batch.sampleSize()])))
                .isInstanceOf(CorruptStreamException.class).hasMessageContaining("beyond the 2 the header declares");
    }

    @Test
    void aRunLargerThanTheHeapIsRefusedAtItsHeaderNamingWhatItNeeds() {
        StreamHeader header = (StreamHeader) stream(2, 0).getFirst();
        StreamHeader huge = new StreamHeader(header.runId(), header.spec(), header.shape(), header.classNames(),
                java.util.Map.of(Split.TRAIN, 2_000_000_000));

        assertThatThrownBy(() -> new StreamAssembler(RUN).accept(huge)).isInstanceOf(DatasetTooLargeException.class)
                .hasMessageContaining("need 61035 MB").hasMessageContaining("-Xmx");
    }

    private static float[] concat(float[] a, float[] b) {
        float[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    @Test
    void missingBatchFailsVerification() {
        List<StreamRecord> records = new ArrayList<>(stream(7, 4));
        records.remove(2);
        StreamAssembler assembler = new StreamAssembler(RUN);
        records.forEach(assembler::accept);

        assertThatThrownBy(assembler::dataset).isInstanceOf(CorruptStreamException.class)
                .hasMessageContaining("batches");
    }

    @Test
    void alteredPixelFailsTheFooterChecksum() {
        List<StreamRecord> records = new ArrayList<>(stream(7, 4));
        StreamBatch batch = (StreamBatch) records.get(1);
        float[] images = batch.values().clone();
        images[0] += 1;
        records.set(1, new StreamBatch(RUN, batch.sequence(), batch.split(), batch.sampleSize(), batch.labels(), images));
        StreamAssembler assembler = new StreamAssembler(RUN);
        records.forEach(assembler::accept);

        assertThatThrownBy(assembler::dataset).hasMessageContaining("checksum");
    }

    @Test
    void footerCountsThatDisagreeWithTheBatchesFailVerification() {
        List<StreamRecord> records = new ArrayList<>(stream(7, 4));
        StreamFooter footer = (StreamFooter) records.getLast();
        records.set(records.size() - 1, new StreamFooter(RUN, footer.batchCount(),
                java.util.Map.of(Split.TRAIN, 8, Split.CLEAN, 4), footer.checksum()));
        StreamAssembler assembler = new StreamAssembler(RUN);
        records.forEach(assembler::accept);

        assertThatThrownBy(assembler::dataset).hasMessageContaining("footer says 8");
    }

    @Test
    void sameSequenceWithOtherContentIsCorrupt() {
        List<StreamRecord> records = stream(7, 4);
        StreamAssembler assembler = new StreamAssembler(RUN);
        assembler.accept(records.get(0));
        assembler.accept(records.get(1));
        StreamBatch other = (StreamBatch) records.get(2);

        assertThatThrownBy(() -> assembler.accept(new StreamBatch(RUN, 0, other.split(), other.sampleSize(),
                other.labels(), other.values()))).hasMessageContaining("twice");
    }

    @Test
    void batchBeforeHeaderIsCorrupt() {
        assertThatThrownBy(() -> new StreamAssembler(RUN).accept(stream(3, 0).get(1)))
                .hasMessageContaining("before its header");
    }

    @Test
    void labelOutsideTheClassesIsCorrupt() {
        List<StreamRecord> records = stream(3, 0);
        StreamAssembler assembler = new StreamAssembler(RUN);
        assembler.accept(records.get(0));
        StreamBatch batch = (StreamBatch) records.get(1);

        assertThatThrownBy(() -> assembler.accept(new StreamBatch(RUN, 0, Split.TRAIN, batch.sampleSize(),
                new int[] {0, 1, 3}, batch.values()))).hasMessageContaining("label 3");
    }

    @Test
    void sampleShapeOtherThanTheHeaderIsCorrupt() {
        List<StreamRecord> records = stream(3, 0);
        StreamAssembler assembler = new StreamAssembler(RUN);
        assembler.accept(records.get(0));

        assertThatThrownBy(() -> assembler.accept(new StreamBatch(RUN, 0, Split.TRAIN, 4, new int[] {0},
                new float[4]))).hasMessageContaining("header says 2x2x2");
    }

    @Test
    void valueEncodingOtherThanTheHeaderIsCorrupt() {
        StreamAssembler assembler = new StreamAssembler(RUN);
        assembler.accept(stream(3, 0).getFirst());

        assertThatThrownBy(() -> assembler.accept(new StreamBatch(RUN, 0, Split.TRAIN, 8, ValueEncoding.U8,
                new int[] {0}, new float[8]))).hasMessageContaining("header says 2x2x2");
    }

    @Test
    void sequenceStreamAssemblesWithItsSymbolCodes() {
        List<StreamRecord> records = stream(StreamFixtures.SEQUENCE, 5, 2);
        StreamAssembler assembler = new StreamAssembler(RUN);
        records.forEach(assembler::accept);

        assertThat(assembler.dataset().header().shape()).isEqualTo(StreamFixtures.SEQUENCE);
        assertThat(assembler.dataset().split(Split.TRAIN).sample(0))
                .containsExactly(java.util.Arrays.copyOf(((StreamBatch) records.get(1)).values(), 12));
    }

    @Test
    void recordOfAnotherRunIsCorrupt() {
        assertThatThrownBy(() -> new StreamAssembler("other").accept(stream(3, 0).getFirst()))
                .hasMessageContaining("in the stream of other");
    }
}
