package io.blindspots.events.stream;

/**
 * An image sample: float32, channels-first (channel, row, column), values in [0, 1] before injection.
 *
 * @param channels 1 (grey) or 3 (RGB)
 * @param height   rows
 * @param width    columns
 */
public record ImageShape(int channels, int height, int width) implements SampleShape {

    public static final String KIND = "image";

    public ImageShape {
        if (channels < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException("empty image shape " + channels + "x" + height + "x" + width);
        }
    }

    @Override
    public int size() {
        return channels * height * width;
    }

    /** Index of (channel, row, col) within one image. */
    public int index(int channel, int row, int col) {
        return (channel * height + row) * width + col;
    }

    @Override
    public ValueEncoding encoding() {
        return ValueEncoding.F32;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String toString() {
        return channels + "x" + height + "x" + width;
    }
}
