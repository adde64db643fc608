package io.blindspots.encoder.domain;

import io.blindspots.events.stream.ImageShape;

/**
 * Images with their labels, concatenated channels-first.
 *
 * @param shape  the shape of every image
 * @param labels class index per image
 * @param pixels the values, image after image
 */
public record LabeledImages(ImageShape shape, int[] labels, float[] pixels) implements Samples {

    public LabeledImages {
        if ((long) labels.length * shape.size() != pixels.length) {
            throw new IllegalArgumentException(pixels.length + " values for " + labels.length + " images of "
                    + shape.size());
        }
    }

    @Override
    public int count() {
        return labels.length;
    }

    @Override
    public void read(int from, int count, float[] values) {
        System.arraycopy(pixels, from * shape.size(), values, 0, count * shape.size());
    }

    /** A copy of image {@code i}. */
    public float[] image(int i) {
        float[] image = new float[shape.size()];
        System.arraycopy(pixels, i * shape.size(), image, 0, image.length);
        return image;
    }
}
