package io.blindspots.events.stream;

import io.blindspots.events.Split;

import java.util.Arrays;
import java.util.Objects;

/**
 * A slice of one split: {@code labels.length} images, each channels-first float32 of {@code imageSize} values.
 *
 * @param runId     the run
 * @param sequence  0-based position among the run's batches; a replayed batch has the same sequence
 * @param split     which split the images belong to
 * @param imageSize values per image (channels × height × width)
 * @param labels    class index of each image
 * @param images    the pixels, image after image
 */
public record StreamBatch(String runId, int sequence, Split split, int imageSize, int[] labels, float[] images)
        implements StreamRecord {

    public StreamBatch {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(split, "split");
        if (sequence < 0 || imageSize < 1) {
            throw new IllegalArgumentException("batch sequence " + sequence + " / image size " + imageSize);
        }
        if ((long) labels.length * imageSize != images.length) {
            throw new IllegalArgumentException("batch " + sequence + " holds " + images.length + " values for "
                    + labels.length + " images of " + imageSize);
        }
    }

    public int count() {
        return labels.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StreamBatch b && runId.equals(b.runId) && sequence == b.sequence && split == b.split
                && imageSize == b.imageSize && Arrays.equals(labels, b.labels) && Arrays.equals(images, b.images);
    }

    @Override
    public int hashCode() {
        return Objects.hash(runId, sequence, split, imageSize, Arrays.hashCode(labels), Arrays.hashCode(images));
    }

    @Override
    public String toString() {
        return "StreamBatch[" + runId + " #" + sequence + " " + split + " x" + labels.length + "]";
    }
}
