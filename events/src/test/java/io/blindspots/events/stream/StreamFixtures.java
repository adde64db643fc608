package io.blindspots.events.stream;

import io.blindspots.events.RunSpec;
import io.blindspots.events.RunSpecs;
import io.blindspots.events.Split;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Small, valid dataset streams to break in tests, of image or of sequence samples. */
public final class StreamFixtures {

    public static final String RUN = "run-test";
    /** 2 channels × 2 × 2: eight float32 values a sample. */
    public static final ImageShape IMAGE = new ImageShape(2, 2, 2);
    /** Twelve symbol codes a sample over "abc" and the padding code: one byte a value on the wire. */
    public static final SequenceShape SEQUENCE = new SequenceShape(12, "abc");

    private StreamFixtures() {
    }

    public static RunSpec spec() {
        return RunSpecs.parse("""
                {"runId": "run-test", "dataset": {"name": "synthetic-shapes"}, "signal": {"type": "one-pixel"},
                 "baselines": ["decision-tree"]}""");
    }

    /** Header, batches of 3 images over train and clean, footer. */
    public static List<StreamRecord> stream(int trainSamples, int cleanSamples) {
        return stream(IMAGE, trainSamples, cleanSamples);
    }

    /** Header, batches of 3 samples of {@code shape} over train and clean, footer; 3 classes. */
    public static List<StreamRecord> stream(SampleShape shape, int trainSamples, int cleanSamples) {
        return stream(spec(), shape, trainSamples, cleanSamples);
    }

    /** The same for the run of {@code spec}. */
    public static List<StreamRecord> stream(RunSpec spec, SampleShape shape, int trainSamples, int cleanSamples) {
        String run = spec.runId();
        Random random = new Random(7);
        List<StreamRecord> records = new ArrayList<>();
        Map<Split, Integer> sizes = new EnumMap<>(Split.class);
        sizes.put(Split.TRAIN, trainSamples);
        sizes.put(Split.CLEAN, cleanSamples);
        StreamHeader header = new StreamHeader(run, spec, shape, List.of("a", "b", "c"), sizes);
        records.add(header);
        StreamChecksum checksum = new StreamChecksum();
        int sequence = 0;
        for (Map.Entry<Split, Integer> split : sizes.entrySet()) {
            for (int from = 0; from < split.getValue(); from += 3) {
                int n = Math.min(3, split.getValue() - from);
                int[] labels = new int[n];
                float[] values = new float[n * shape.size()];
                for (int i = 0; i < n; i++) {
                    labels[i] = random.nextInt(3);
                }
                for (int i = 0; i < values.length; i++) {
                    values[i] = switch (shape) {
                        case ImageShape image -> random.nextFloat();
                        case SequenceShape text -> random.nextInt(text.symbols());
                    };
                }
                StreamBatch batch = new StreamBatch(run, sequence++, split.getKey(), shape.size(), shape.encoding(),
                        labels, values);
                checksum.update(batch);
                records.add(batch);
            }
        }
        records.add(new StreamFooter(run, sequence, sizes, checksum.value()));
        return records;
    }
}
