package io.blindspots.encoder.domain;

import java.util.SplittableRandom;

/** Derives independent, stable random streams from a run seed, so every image is reproducible on its own. */
public final class Seeds {

    private Seeds() {
    }

    /** A generator for one image of one stream (a dataset part or a split) of a run. */
    public static SplittableRandom forImage(long seed, int stream, int index) {
        return new SplittableRandom(mix(seed, stream, index));
    }

    /** SplitMix64's finaliser over (seed, stream, index): neighbouring indices give unrelated seeds. */
    static long mix(long seed, int stream, int index) {
        long z = seed * 0x9E3779B97F4A7C15L + ((long) stream << 32 | (index & 0xFFFFFFFFL));
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
