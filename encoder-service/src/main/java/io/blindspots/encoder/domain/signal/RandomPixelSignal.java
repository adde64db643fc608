package io.blindspots.encoder.domain.signal;

import io.blindspots.events.signal.RandomPixelSpec;
import io.blindspots.events.stream.ImageShape;

import java.util.SplittableRandom;

/**
 * {@code random-pixel} (the paper's "random pixel encoding", a moving target): one pixel at a random position, drawn
 * anew for every image, set in every channel to {@code (label + 1) × scale}; the +1 keeps class 0 visible.
 */
public final class RandomPixelSignal implements Signal {

    private final ImageShape shape;
    private final double scale;

    private RandomPixelSignal(ImageShape shape, double scale) {
        this.shape = shape;
        this.scale = scale;
    }

    /**
     * @param spec the signal, defaults filled in
     * @throws io.blindspots.events.InvalidSpecException when the top class's value {@code K × scale} exceeds 1
     */
    public static RandomPixelSignal of(RandomPixelSpec spec, ImageShape shape, int classes) {
        SignalFit.require(classes * spec.scale() <= 1, "signal.scale", "K x scale = " + classes * spec.scale()
                + " exceeds 1; allowed: scale <= " + 1.0 / classes);
        return new RandomPixelSignal(shape, spec.scale());
    }

    @Override
    public void inject(float[] pixels, int offset, int signalClass, SplittableRandom random) {
        int position = random.nextInt(shape.height() * shape.width());
        float value = (float) ((signalClass + 1) * scale);
        for (int c = 0; c < shape.channels(); c++) {
            pixels[offset + c * shape.height() * shape.width() + position] = value;
        }
    }
}
