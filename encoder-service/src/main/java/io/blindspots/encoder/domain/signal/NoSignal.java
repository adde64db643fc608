package io.blindspots.encoder.domain.signal;

import io.blindspots.events.signal.NoSignalSpec;
import io.blindspots.events.stream.ImageShape;

import java.util.SplittableRandom;

/** {@code none}: the clean data, the baseline every signal is compared with. */
public final class NoSignal implements Signal {

    private NoSignal() {
    }

    /** Fits every image. */
    public static NoSignal of(NoSignalSpec spec, ImageShape shape, int classes) {
        return new NoSignal();
    }

    @Override
    public void inject(float[] pixels, int offset, int signalClass, SplittableRandom random) {
        // the clean image is the point
    }
}
