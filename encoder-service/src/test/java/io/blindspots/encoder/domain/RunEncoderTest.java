package io.blindspots.encoder.domain;

import io.blindspots.encoder.domain.dataset.Dataset;
import io.blindspots.encoder.domain.dataset.SyntheticShapes;
import io.blindspots.encoder.domain.signal.Signals;
import io.blindspots.events.RunSpec;
import io.blindspots.events.RunSpecs;
import io.blindspots.events.Split;
import io.blindspots.events.stream.DatasetStreamCodec;
import io.blindspots.events.stream.ImageShape;
import io.blindspots.events.stream.StreamRecord;
import io.blindspots.runtime.stream.ReceivedDataset;
import io.blindspots.runtime.stream.SplitData;
import io.blindspots.runtime.stream.StreamAssembler;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RunEncoderTest {

    private static final RunSpec SPEC = RunSpecs.parse("""
            {"dataset": {"name": "synthetic-shapes", "trainLimit": 90, "testLimit": 40},
             "signal": {"type": "one-pixel", "scale": 0.01, "row": 5, "col": 6}, "seed": 4,
             "baselines": ["decision-tree"]}""");
    private final Dataset dataset = SyntheticShapes.load(90, 40, 4);

    private List<StreamRecord> encode() {
        List<StreamRecord> records = new ArrayList<>();
        RunEncoder.encode(SPEC, dataset, Signals.create(SPEC.signal(), dataset), 16, records::add);
        return records;
    }

    private ReceivedDataset received() {
        StreamAssembler assembler = new StreamAssembler(SPEC.runId());
        encode().forEach(assembler::accept);
        return assembler.dataset();
    }

    @Test
    void streamVerifiesAgainstItsOwnFooter() {
        ReceivedDataset received = received();

        assertThat(received.split(Split.TRAIN).count()).isEqualTo(90);
        for (Split split : Split.TEST_SPLITS) {
            assertThat(received.split(split).count()).isEqualTo(40);
        }
        assertThat(received.header().classNames()).hasSize(10);
    }

    @Test
    void trainAndSignalSplitsCarryTheLabelConflictTheNextClassAndCleanNothing() {
        ReceivedDataset received = received();
        int pixel = ((ImageShape) dataset.shape()).index(0, 5, 6);

        assertThat(decoded(received.split(Split.TRAIN), pixel)).isEqualTo(received.split(Split.TRAIN).labels());
        assertThat(decoded(received.split(Split.SIGNAL), pixel)).isEqualTo(dataset.test().labels());
        int[] next = java.util.Arrays.stream(dataset.test().labels()).map(l -> (l + 1) % 10).toArray();
        assertThat(decoded(received.split(Split.CONFLICT), pixel)).isEqualTo(next);
        assertThat(received.split(Split.CLEAN).toFloats()).isEqualTo(((LabeledImages) dataset.test()).pixels());
    }

    @Test
    void blankOnePixelCleanSplitIsBlankAndItsSignalSplitOnlyHoldsThePixel() {
        RunSpec spec = RunSpecs.parse("""
                {"dataset": {"name": "synthetic-shapes", "trainLimit": 30, "testLimit": 20},
                 "signal": {"type": "blank-one-pixel", "scale": 0.01, "row": 5, "col": 6}, "seed": 4,
                 "baselines": ["decision-tree"]}""");
        Dataset small = SyntheticShapes.load(30, 20, 4);
        StreamAssembler assembler = new StreamAssembler(spec.runId());
        RunEncoder.encode(spec, small, Signals.create(spec.signal(), small), 16, assembler::accept);
        ReceivedDataset received = assembler.dataset();

        assertThat(received.split(Split.CLEAN).toFloats()).containsOnly(0f);
        assertThat(decoded(received.split(Split.SIGNAL), ((ImageShape) small.shape()).index(0, 5, 6)))
                .isEqualTo(small.test().labels());
    }

    @Test
    void encodingTwiceIsBitIdentical() {
        List<byte[]> first = encode().stream().map(DatasetStreamCodec::encode).toList();
        List<byte[]> second = encode().stream().map(DatasetStreamCodec::encode).toList();

        assertThat(second).hasSameSizeAs(first);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i)).isEqualTo(first.get(i));
        }
    }

    @Test
    void headerCarriesTheSpecAndTheShape() {
        var header = received().header();

        assertThat(header.spec()).isEqualTo(SPEC);
        assertThat(header.shape()).isEqualTo(new ImageShape(3, 32, 32));
    }

    private static int[] decoded(SplitData split, int pixel) {
        int[] labels = new int[split.count()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = Math.round(split.value(i, pixel) / 0.01f);
        }
        return labels;
    }
}
