package io.blindspots.encoder.domain.signal;

import io.blindspots.events.signal.NoSignalSpec;
import io.blindspots.events.stream.SampleShape;

import java.util.SplittableRandom;

/** {@code none}: the clean data, the baseline every signal is compared with. */
public final class NoSignal implements Signal {

    private NoSignal() {
    }

    /** Fits every sample, image or text. */
    public static NoSignal of(NoSignalSpec spec, SampleShape shape, int classes) {
        return new NoSignal();
    }

    @Override
    public void inject(float[] pixels, int offset, int signalClass, SplittableRandom random) {
        // the clean sample is the point
    }
}
