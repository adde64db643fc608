package io.blindspots.encoder.domain;

/**
 * The shape of a dataset's images: channels-first float32, values in [0, 1] before injection.
 *
 * @param channels 1 (grey) or 3 (RGB)
 * @param height   rows
 * @param width    columns
 */
public record ImageShape(int channels, int height, int width) {

    public ImageShape {
        if (channels < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException("empty image shape " + channels + "x" + height + "x" + width);
        }
    }

    /** Values per image. */
    public int size() {
        return channels * height * width;
    }

    /** Index of (channel, row, col) within one image. */
    public int index(int channel, int row, int col) {
        return (channel * height + row) * width + col;
    }
}
