package io.blindspots.events.stream;

import io.blindspots.events.RunSpec;
import io.blindspots.events.Split;

import java.util.List;
import java.util.Map;

/**
 * Opens a run's dataset stream: everything a trainer needs to rebuild the run from the stream alone.
 *
 * @param runId      the run
 * @param spec       the completed run spec
 * @param shape      the shape of every sample (an image, a sequence of symbols)
 * @param classNames the K class names, index = label
 * @param splitSizes samples per split that the batches will carry
 */
public record StreamHeader(String runId, RunSpec spec, SampleShape shape, List<String> classNames,
                           Map<Split, Integer> splitSizes) implements StreamRecord {

    public StreamHeader {
        if (runId == null || spec == null || shape == null || classNames == null || splitSizes == null) {
            throw new IllegalArgumentException("a stream header needs runId, spec, shape, classNames and splitSizes");
        }
        classNames = List.copyOf(classNames);
        splitSizes = Map.copyOf(splitSizes);
    }

    /** Values per sample. */
    public int sampleSize() {
        return shape.size();
    }

    public int classCount() {
        return classNames.size();
    }
}
