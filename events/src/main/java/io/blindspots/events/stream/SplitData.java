package io.blindspots.events.stream;

/**
 * All images of one split, concatenated.
 *
 * @param labels    class index per image
 * @param images    pixels, image after image, channels-first
 * @param imageSize values per image
 */
public record SplitData(int[] labels, float[] images, int imageSize) {

    public int count() {
        return labels.length;
    }

    /** A copy of image {@code i}'s pixels. */
    public float[] image(int i) {
        float[] pixels = new float[imageSize];
        System.arraycopy(images, i * imageSize, pixels, 0, imageSize);
        return pixels;
    }
}
