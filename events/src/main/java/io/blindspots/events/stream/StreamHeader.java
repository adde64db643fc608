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
 * @param channels   image channels (1 grey, 3 RGB)
 * @param height     image height in pixels
 * @param width      image width in pixels
 * @param classNames the K class names, index = label
 * @param splitSizes images per split that the batches will carry
 */
public record StreamHeader(String runId, RunSpec spec, int channels, int height, int width, List<String> classNames,
                           Map<Split, Integer> splitSizes) implements StreamRecord {

    public StreamHeader {
        if (runId == null || spec == null || classNames == null || splitSizes == null) {
            throw new IllegalArgumentException("a stream header needs runId, spec, classNames and splitSizes");
        }
        if (channels < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException("image shape " + channels + "x" + height + "x" + width + " is empty");
        }
        classNames = List.copyOf(classNames);
        splitSizes = Map.copyOf(splitSizes);
    }

    /** Values per image: channels × height × width. */
    public int imageSize() {
        return channels * height * width;
    }

    public int classCount() {
        return classNames.size();
    }
}
