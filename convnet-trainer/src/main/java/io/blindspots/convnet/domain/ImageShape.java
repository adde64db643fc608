package io.blindspots.convnet.domain;

import io.blindspots.events.stream.StreamHeader;

/**
 * The shape of a run's images as the network sees them: channels-first (NCHW), float32.
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

    public static ImageShape of(StreamHeader header) {
        return new ImageShape(header.channels(), header.height(), header.width());
    }

    /** Values per image. */
    public int size() {
        return channels * height * width;
    }

    @Override
    public String toString() {
        return channels + "x" + height + "x" + width;
    }
}
