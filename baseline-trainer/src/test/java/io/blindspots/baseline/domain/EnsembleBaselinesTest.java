package io.blindspots.baseline.domain;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static io.blindspots.baseline.domain.Problems.accuracy;
import static org.assertj.core.api.Assertions.assertThat;

class EnsembleBaselinesTest {

    private static final TrainingSet TRAIN = Problems.onePixel(600, 30, 1);
    private static final TrainingSet HELD_OUT = Problems.onePixel(300, 30, 2);

    @Test
    void randomForestFindsTheOnePixelSignal() {
        RandomForestBaseline forest = RandomForestBaseline.fit(TRAIN.x(), TRAIN.y(), Problems.CLASSES, 7,
                RandomForestBaseline.Options.scikitLearn());

        assertThat(accuracy(forest, HELD_OUT)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void extraTreesFindTheOnePixelSignal() {
        ExtraTrees trees = ExtraTrees.fit(TRAIN.x(), TRAIN.y(), Problems.CLASSES, 7, ExtraTrees.Options.scikitLearn());

        assertThat(accuracy(trees, HELD_OUT)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void aRowOfWeightTwoGrowsTheSameTreeAsTwoCopiesOfIt() {
        TrainingSet small = Problems.separable(60, 8, 5);
        float[][] copies = new float[61][];
        int[] copyLabels = new int[61];
        for (int i = 0; i < 60; i++) {
            copies[i] = small.x()[i];
            copyLabels[i] = small.y()[i];
        }
        copies[60] = small.x()[0];
        copyLabels[60] = small.y()[0];
        int[] weights = new int[60];
        Arrays.fill(weights, 1);
        weights[0] = 2;
        int[] ones = new int[61];
        Arrays.fill(ones, 1);

        for (RandomizedTree.Cut cut : RandomizedTree.Cut.values()) {
            RandomizedTree weighted = RandomizedTree.grow(small.x(), small.y(), Problems.CLASSES, weights, 3, cut,
                    new SplittableRandom(9));
            RandomizedTree copied = RandomizedTree.grow(copies, copyLabels, Problems.CLASSES, ones, 3, cut,
                    new SplittableRandom(9));

            assertThat(weighted.feature()).as(cut.name()).isEqualTo(copied.feature());
            assertThat(weighted.threshold()).as(cut.name()).isEqualTo(copied.threshold());
            assertThat(weighted.leaves()).as(cut.name()).isDeepEqualTo(copied.leaves());
        }
    }

    @Test
    void extraTreesAreRepeatableFromTheSeed() {
        ExtraTrees.Options few = new ExtraTrees.Options(10, 0);
        int[] first = ExtraTrees.fit(TRAIN.x(), TRAIN.y(), Problems.CLASSES, 3, few).predict(HELD_OUT.x());
        int[] second = ExtraTrees.fit(TRAIN.x(), TRAIN.y(), Problems.CLASSES, 3, few).predict(HELD_OUT.x());

        assertThat(second).isEqualTo(first);
    }

    @Test
    void extraTreesGrowPureLeavesAsScikitLearnDoesByDefault() {
        TrainingSet noise = Problems.separable(200, 10, 4);
        for (float[] row : noise.x()) {
            for (int j = 0; j < Problems.CLASSES; j++) {
                row[j] = 0.5f; // no signal, and constant features the splits must skip
            }
        }

        ExtraTrees trees = ExtraTrees.fit(noise.x(), noise.y(), Problems.CLASSES, 5, ExtraTrees.Options.scikitLearn());

        assertThat(accuracy(trees, noise)).isEqualTo(1.0);
    }
    @Test
    void randomForestIsRepeatableFromTheSeed() {
        RandomForestBaseline.Options few = new RandomForestBaseline.Options(10, 0);
        int[] first = RandomForestBaseline.fit(TRAIN.x(), TRAIN.y(), Problems.CLASSES, 3, few).predict(HELD_OUT.x());
        int[] second = RandomForestBaseline.fit(TRAIN.x(), TRAIN.y(), Problems.CLASSES, 3, few).predict(HELD_OUT.x());

        assertThat(second).isEqualTo(first);
    }

    @Test
    void randomForestGrowsPureLeavesAsScikitLearnDoesByDefault() {
        TrainingSet noise = Problems.separable(200, 10, 4);
        for (float[] row : noise.x()) {
            for (int j = 0; j < Problems.CLASSES; j++) {
                row[j] = 0.5f; // no signal, and constant features the splits must skip
            }
        }

        RandomForestBaseline forest = RandomForestBaseline.fit(noise.x(), noise.y(), Problems.CLASSES, 5,
                RandomForestBaseline.Options.scikitLearn());

        // Pure leaves: each row is in about 63 of the 100 bootstrap samples, and each of those trees votes its label.
        assertThat(accuracy(forest, noise)).isEqualTo(1.0);
    }
}
