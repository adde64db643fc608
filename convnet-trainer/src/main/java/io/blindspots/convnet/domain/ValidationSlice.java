package io.blindspots.convnet.domain;

import io.blindspots.runtime.stream.SplitData;

import java.util.Arrays;

/**
 * The training split cut in two: the images a ConvNet fits, and a seeded validation slice it never fits, on which
 * early stopping picks the best epoch. The test splits stay untouched for the scores the table reports. Both halves are
 * views on the split's storage: nothing is copied.
 *
 * @param fit        the images the network trains on, in their original order
 * @param validation the held-out images, in their original order (none when the fraction is 0)
 */
public record ValidationSlice(SplitData fit, SplitData validation) {

    /**
     * Holds out {@code round(fraction × n)} training images (at least one and at most n − 1 when the fraction is
     * positive and n ≥ 2), chosen by a permutation of the run's seed: the same seed always holds out the same images.
     */
    public static ValidationSlice of(SplitData train, double fraction, long seed) {
        int n = train.count();
        int held = heldOut(n, fraction);
        // Epoch 0 is never a training epoch, so this permutation is independent of every epoch's order.
        int[] order = MiniBatches.epochOrder(n, seed, 0);
        int[] validation = Arrays.copyOfRange(order, 0, held);
        int[] fit = Arrays.copyOfRange(order, held, n);
        Arrays.sort(validation);
        Arrays.sort(fit);
        return new ValidationSlice(train.subset(fit), train.subset(validation));
    }

    /** How many of {@code n} training images a slice of {@code fraction} holds out. */
    public static int heldOut(int n, double fraction) {
        return fraction <= 0 || n < 2 ? 0 : (int) Math.min(n - 1, Math.max(1, Math.round(fraction * n)));
    }
}
