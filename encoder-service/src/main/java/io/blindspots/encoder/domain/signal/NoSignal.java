package io.blindspots.encoder.domain.signal;

import java.util.SplittableRandom;

/** {@code none}: the clean data, the baseline every signal is compared with. */
public final class NoSignal implements Signal {

    @Override
    public void inject(float[] pixels, int offset, int signalClass, SplittableRandom random) {
        // the clean image is the point
    }
}
