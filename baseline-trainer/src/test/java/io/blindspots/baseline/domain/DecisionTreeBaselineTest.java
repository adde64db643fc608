package io.blindspots.baseline.domain;

import io.blindspots.runtime.domain.Scores;
import org.junit.jupiter.api.Test;
import smile.model.cart.SplitRule;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecisionTreeBaselineTest {

    private static final int FEATURES = 40;
    private static final int SIGNAL_FEATURE = 17;
    private static final int CLASSES = 10;

    @Test
    void findsAFeatureThatEqualsTheLabelTimesAThousandthAmongNoise() {
        Problem train = problem(1000, 1);
        Problem heldOut = problem(500, 2);

        DecisionTreeBaseline tree = DecisionTreeBaseline.fit(train.x, train.y,
                DecisionTreeBaseline.Options.scikitLearn());

        assertThat(Scores.accuracy(heldOut.y, tree.predict(heldOut.x))).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void growsUntilEveryLeafIsPureAsScikitLearnDoesByDefault() {
        Problem noise = problem(300, 3);
        for (float[] row : noise.x) {
            row[SIGNAL_FEATURE] = 0.5f; // no signal: the tree must memorise the noise
        }

        DecisionTreeBaseline tree = DecisionTreeBaseline.fit(noise.x, noise.y,
                DecisionTreeBaseline.Options.scikitLearn());

        assertThat(Scores.accuracy(noise.y, tree.predict(noise.x))).isEqualTo(1.0);
    }

    @Test
    void scikitLearnOptionsAreGiniWithoutDepthOrLeafLimitsAndLeavesOfOne() {
        DecisionTreeBaseline.Options options = DecisionTreeBaseline.Options.scikitLearn();

        assertThat(options.rule()).isEqualTo(SplitRule.GINI);
        assertThat(options.maxDepth()).isEqualTo(Integer.MAX_VALUE);
        assertThat(options.maxNodes()).isEqualTo(Integer.MAX_VALUE);
        assertThat(options.nodeSize()).isEqualTo(1);
    }

    @Test
    void refusesRowsOfAnotherWidthThanTheTrainingRows() {
        Problem train = problem(100, 4);
        DecisionTreeBaseline tree = DecisionTreeBaseline.fit(train.x, train.y,
                DecisionTreeBaseline.Options.scikitLearn());

        assertThatThrownBy(() -> tree.predict(new float[][] {new float[FEATURES + 1]}))
                .hasMessageContaining("features");
    }

    /** Uniform noise features, one of which is label × 0.001. */
    private static Problem problem(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] x = new float[n][FEATURES];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = random.nextInt(CLASSES);
            for (int j = 0; j < FEATURES; j++) {
                x[i][j] = (float) random.nextDouble();
            }
            x[i][SIGNAL_FEATURE] = y[i] * 0.001f;
        }
        return new Problem(x, y);
    }

    private record Problem(float[][] x, int[] y) {
    }
}
