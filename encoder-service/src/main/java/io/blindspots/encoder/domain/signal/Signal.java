package io.blindspots.encoder.domain.signal;

import java.util.SplittableRandom;

/**
 * A label-revealing ("truth-revealing") signal, as docs/design.md defines it. An implementation writes the signal of one
 * class into one image, in place; it must be a pure function of its arguments, so that the same (seed, image) always
 * gives the same bytes.
 *
 * <p>An image signal injects into image samples ({@link io.blindspots.events.stream.ImageShape}, float32,
 * channels-first), a text signal into sequences of symbol codes ({@link io.blindspots.events.stream.SequenceShape},
 * one code per float in memory); {@link Signals} refuses a dataset whose samples are of the other kind. Each
 * implementation is built by a static {@code of(spec, shape, classes)} that checks its spec record against the
 * shape in one place.
 */
public interface Signal {

    /**
     * Injects the signal of {@code signalClass} into the image at {@code offset} of {@code pixels}.
     *
     * @param pixels      images, channels-first, one after another
     * @param offset      index of the image's first value
     * @param signalClass the class whose signal to write: the label on train and signal splits, (label+1) mod K on
     *                    the conflict split
     * @param random      a generator seeded for this image alone, for signals that move from image to image
     */
    void inject(float[] pixels, int offset, int signalClass, SplittableRandom random);

    /**
     * Applies the class-independent part of the injection to the image at {@code offset}, in place: what every
     * injected image has in common whatever its class (zero-meaning for {@code mean}, blanking for
     * {@code blank-one-pixel}). The {@code clean} split gets this, so that clean accuracy measures the model without
     * the signal rather than a shift of the image distribution. Most signals only add: for them this does nothing.
     */
    default void clean(float[] pixels, int offset) {
    }
}
