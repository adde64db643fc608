package io.blindspots.events.stream;

import io.blindspots.events.RunSpec;
import io.blindspots.events.RunSpecs;
import io.blindspots.events.Split;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** A small, valid dataset stream to break in tests. */
final class StreamFixtures {

    static final String RUN = "run-test";

    private StreamFixtures() {
    }

    static RunSpec spec() {
        return RunSpecs.parse("""
                {"runId": "run-test", "dataset": {"name": "synthetic-shapes"}, "signal": {"type": "one-pixel"},
                 "baselines": ["decision-tree"]}""");
    }

    /** Header, batches of 3 images (2 channels × 2 × 2) over train and clean, footer. */
    static List<StreamRecord> stream(int trainImages, int cleanImages) {
        Random random = new Random(7);
        List<StreamRecord> records = new ArrayList<>();
        Map<Split, Integer> sizes = new EnumMap<>(Split.class);
        sizes.put(Split.TRAIN, trainImages);
        sizes.put(Split.CLEAN, cleanImages);
        StreamHeader header = new StreamHeader(RUN, spec(), 2, 2, 2, List.of("a", "b", "c"), sizes);
        records.add(header);
        StreamChecksum checksum = new StreamChecksum();
        int sequence = 0;
        for (Map.Entry<Split, Integer> split : sizes.entrySet()) {
            for (int from = 0; from < split.getValue(); from += 3) {
                int n = Math.min(3, split.getValue() - from);
                int[] labels = new int[n];
                float[] images = new float[n * header.imageSize()];
                for (int i = 0; i < n; i++) {
                    labels[i] = random.nextInt(3);
                }
                for (int i = 0; i < images.length; i++) {
                    images[i] = random.nextFloat();
                }
                StreamBatch batch = new StreamBatch(RUN, sequence++, split.getKey(), header.imageSize(), labels, images);
                checksum.update(batch);
                records.add(batch);
            }
        }
        records.add(new StreamFooter(RUN, sequence, sizes, checksum.value()));
        return records;
    }
}
