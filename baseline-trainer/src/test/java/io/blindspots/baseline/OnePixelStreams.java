package io.blindspots.baseline;

import io.blindspots.events.RunSpec;
import io.blindspots.events.RunSpecs;
import io.blindspots.events.Split;
import io.blindspots.events.stream.ImageShape;
import io.blindspots.events.stream.SampleShape;
import io.blindspots.events.stream.SequenceShape;
import io.blindspots.events.stream.StreamBatch;
import io.blindspots.events.stream.StreamChecksum;
import io.blindspots.events.stream.StreamFooter;
import io.blindspots.events.stream.StreamHeader;
import io.blindspots.events.stream.StreamRecord;
import io.blindspots.runtime.stream.ReceivedDataset;
import io.blindspots.runtime.stream.StreamAssembler;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Hand-made dataset streams of uniform noise images (3 × 8 × 8, 10 classes) carrying the paper's one-pixel signal at
 * a fixed pixel in every channel: label × 0.001 on train and signal, nothing on clean, (label + 1) mod 10 × 0.001 on
 * conflict.
 */
public final class OnePixelStreams {

    public static final int CHANNELS = 3;
    public static final int SIDE = 8;
    public static final int CLASSES = 10;
    public static final int ROW = 3;
    public static final int COL = 5;
    public static final float SCALE = 0.001f;
    private static final int BATCH = 256;
    public static final ImageShape IMAGE = new ImageShape(CHANNELS, SIDE, SIDE);

    private OnePixelStreams() {
    }

    public static RunSpec spec(String runId, String baselines) {
        return RunSpecs.parse("""
                {"runId": "%s", "dataset": {"name": "synthetic-shapes"}, "signal": {"type": "one-pixel"},
                 "seed": 5, "baselines": [%s]}""".formatted(runId, baselines));
    }

    /** Header, batches of at most 256 images (train first, then the three test splits), footer. */
    public static List<StreamRecord> stream(RunSpec spec, int trainImages, int testImages, long seed) {
        return stream(spec, IMAGE, trainImages, testImages, seed);
    }

    /**
     * The same stream with samples of any shape: for a {@link SequenceShape}, random symbol codes whose first code
     * is the signal's class + 1 (a mnemonic first character).
     */
    public static List<StreamRecord> stream(RunSpec spec, SampleShape shape, int trainImages, int testImages,
                                            long seed) {
        Map<Split, Integer> sizes = new EnumMap<>(Split.class);
        sizes.put(Split.TRAIN, trainImages);
        Split.TEST_SPLITS.forEach(s -> sizes.put(s, testImages));
        StreamHeader header = new StreamHeader(spec.runId(), spec, shape,
                IntStream.range(0, CLASSES).mapToObj(c -> "class-" + c).toList(), sizes);
        List<StreamRecord> records = new ArrayList<>();
        records.add(header);
        SplittableRandom random = new SplittableRandom(seed);
        StreamChecksum checksum = new StreamChecksum();
        int sequence = 0;
        for (Map.Entry<Split, Integer> split : sizes.entrySet()) {
            for (int from = 0; from < split.getValue(); from += BATCH) {
                int n = Math.min(BATCH, split.getValue() - from);
                StreamBatch batch = batch(spec.runId(), sequence++, split.getKey(), n, shape, random);
                checksum.update(batch);
                records.add(batch);
            }
        }
        records.add(new StreamFooter(spec.runId(), sequence, sizes, checksum.value()));
        return records;
    }

    /** The same stream as a trainer rebuilds it. */
    public static ReceivedDataset dataset(RunSpec spec, int trainImages, int testImages, long seed) {
        StreamAssembler assembler = new StreamAssembler(spec.runId());
        stream(spec, trainImages, testImages, seed).forEach(assembler::accept);
        return assembler.dataset();
    }

    private static StreamBatch batch(String runId, int sequence, Split split, int n, SampleShape shape,
                                     SplittableRandom random) {
        int size = shape.size();
        int[] labels = new int[n];
        float[] values = new float[n * size];
        for (int i = 0; i < n; i++) {
            labels[i] = random.nextInt(CLASSES);
            for (int v = 0; v < size; v++) {
                values[i * size + v] = switch (shape) {
                    case ImageShape image -> (float) random.nextDouble();
                    case SequenceShape text -> random.nextInt(text.symbols());
                };
            }
            int signalClass = switch (split) {
                case TRAIN, SIGNAL -> labels[i];
                case CONFLICT -> (labels[i] + 1) % CLASSES;
                case CLEAN -> -1;
            };
            if (signalClass >= 0) {
                inject(values, i * size, shape, signalClass);
            }
        }
        return new StreamBatch(runId, sequence, split, size, shape.encoding(), labels, values);
    }

    private static void inject(float[] values, int offset, SampleShape shape, int signalClass) {
        switch (shape) {
            case ImageShape image -> {
                for (int c = 0; c < image.channels(); c++) {
                    values[offset + image.index(c, ROW, COL)] = signalClass * SCALE;
                }
            }
            case SequenceShape text -> values[offset] = signalClass + 1;
        }
    }
}
