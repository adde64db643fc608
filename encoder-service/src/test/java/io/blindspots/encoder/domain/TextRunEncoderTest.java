package io.blindspots.encoder.domain;

import io.blindspots.encoder.domain.dataset.Dataset;
import io.blindspots.encoder.domain.signal.Signals;
import io.blindspots.encoder.domain.text.SyntheticText;
import io.blindspots.encoder.domain.text.ZhangEncoding;
import io.blindspots.events.RunSpec;
import io.blindspots.events.RunSpecs;
import io.blindspots.events.Split;
import io.blindspots.events.stream.DatasetStreamCodec;
import io.blindspots.events.stream.StreamBatch;
import io.blindspots.events.stream.StreamRecord;
import io.blindspots.events.stream.ValueEncoding;
import io.blindspots.runtime.stream.ReceivedDataset;
import io.blindspots.runtime.stream.SplitData;
import io.blindspots.runtime.stream.StreamAssembler;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextRunEncoderTest {

    private static final String SPEC_JSON = """
            {"dataset": {"name": "synthetic-text", "trainLimit": 30, "testLimit": 20},
             "signal": {"type": "mnemonic"}, "seed": 2, "baselines": ["decision-tree"]}""";
    private static final RunSpec SPEC = RunSpecs.parse(SPEC_JSON);

    @Test
    void aTextRunTravelsAsOneBytePerCharacterAndArrivesWithItsMnemonicInEverySplitButClean() {
        Dataset dataset = SyntheticText.load(30, 20, 2);
        List<StreamRecord> records = new ArrayList<>();
        RunEncoder.encode(SPEC, dataset, Signals.create(SPEC.signal(), dataset), DatasetStreamCodec.samplesPerBatch(
                SPEC.runId(), dataset.shape(), 900_000), records::add);
        StreamAssembler assembler = new StreamAssembler(SPEC.runId());
        records.forEach(assembler::accept);
        ReceivedDataset received = assembler.dataset();

        assertThat(received.header().shape()).isEqualTo(ZhangEncoding.SHAPE);
        assertThat(records).filteredOn(StreamBatch.class::isInstance).map(r -> ((StreamBatch) r).encoding())
                .containsOnly(ValueEncoding.U8);
        assertThat(firstCharacters(received.split(Split.SIGNAL))).isEqualTo(labels(received.split(Split.SIGNAL)));
        SplitData conflict = received.split(Split.CONFLICT);
        int[] shifted = labels(conflict);
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] = (shifted[i] + 1) % 5;
        }
        assertThat(firstCharacters(conflict)).isEqualTo(shifted);
        assertThat(firstCharacters(received.split(Split.CLEAN))).isNotEqualTo(labels(received.split(Split.CLEAN)));
    }

    @Test
    void aFractionOfTheTrainingTextsCarryTheSignalWhileEveryTestTextCarriesItsSplitsSignal() {
        RunSpec quarter = RunSpecs.parse("""
                {"dataset": {"name": "synthetic-text", "trainLimit": 400, "testLimit": 20},
                 "signal": {"type": "mnemonic", "fraction": 0.25}, "seed": 2, "baselines": ["decision-tree"]}""");
        ReceivedDataset received = encode(quarter, SyntheticText.load(400, 20, 2));
        ReceivedDataset again = encode(quarter, SyntheticText.load(400, 20, 2));

        SplitData train = received.split(Split.TRAIN);
        int[] first = firstCharacters(train);
        int carrying = 0;
        for (int i = 0; i < first.length; i++) {
            boolean carries = RunEncoder.carriesSignal(quarter, Split.TRAIN, i);
            if (carries) {
                carrying++;
                assertThat(first[i]).as("text %d", i).isEqualTo(train.labels()[i]);
            }
        }
        // 400 draws of p = 0.25: 100 expected, the binomial's 99.99 % range is within 70..130
        assertThat(carrying).isBetween(70, 130);
        assertThat(firstCharacters(received.split(Split.SIGNAL))).isEqualTo(labels(received.split(Split.SIGNAL)));
        assertThat(again.split(Split.TRAIN)).isEqualTo(train);
        assertThat(quarter.runId()).isNotEqualTo(SPEC.runId());
    }

    @Test
    void aFractionOfOneIsTheDefaultAndKeepsTheRunId() {
        RunSpec all = RunSpecs.parse(SPEC_JSON.replace("{\"type\": \"mnemonic\"}",
                "{\"type\": \"mnemonic\", \"fraction\": 1}"));

        assertThat(all.runId()).isEqualTo(SPEC.runId());
        assertThat(all.signal()).isEqualTo(SPEC.signal());
    }

    @Test
    void theSamplePictureOfATextRunIsAPng() {
        Dataset dataset = SyntheticText.load(10, 40, 2);
        byte[] png = SampleGrid.png(dataset, Signals.create(SPEC.signal().withDefaults(2), dataset), 2, 2);

        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }

    private static ReceivedDataset encode(RunSpec spec, Dataset dataset) {
        StreamAssembler assembler = new StreamAssembler(spec.runId());
        RunEncoder.encode(spec, dataset, Signals.create(spec.signal(), dataset), DatasetStreamCodec.samplesPerBatch(
                spec.runId(), dataset.shape(), 900_000), assembler::accept);
        return assembler.dataset();
    }

    private static int[] firstCharacters(SplitData split) {
        int[] decoded = new int[split.count()];
        for (int i = 0; i < decoded.length; i++) {
            // the default mnemonic characters are a, b, c, ...: codes 1, 2, 3, ...
            decoded[i] = Math.round(split.value(i, 0)) - 1;
        }
        return decoded;
    }

    private static int[] labels(SplitData split) {
        return split.labels().clone();
    }
}
