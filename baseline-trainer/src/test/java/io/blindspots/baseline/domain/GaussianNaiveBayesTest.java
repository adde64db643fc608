package io.blindspots.baseline.domain;

import io.blindspots.runtime.domain.Scores;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GaussianNaiveBayesTest {

    private static final GaussianNaiveBayes.Options SKLEARN = GaussianNaiveBayes.Options.scikitLearn();

    @Test
    void recoversWellSeparatedGaussianClasses() {
        double[][] centres = {{0, 0, 0}, {5, 5, 0}, {-5, 5, 5}, {0, -5, -5}};
        Sample train = gaussians(centres, 200, 1);
        Sample test = gaussians(centres, 100, 2);

        GaussianNaiveBayes model = GaussianNaiveBayes.fit(train.x, train.y, SKLEARN);

        assertThat(Scores.accuracy(test.y, model.predict(test.x))).isGreaterThanOrEqualTo(0.99);
        assertThat(model.classes()).containsExactly(0, 1, 2, 3);
    }

    @Test
    void handlesAFeatureThatIsConstantEverywhere() {
        double[][] centres = {{0, 0}, {4, 4}};
        Sample train = gaussians(centres, 100, 3);
        for (float[] row : train.x) {
            row[1] = 0.25f;
        }

        GaussianNaiveBayes model = GaussianNaiveBayes.fit(train.x, train.y, SKLEARN);

        assertThat(model.predict(new float[][] {{0.1f, 0.25f}, {3.9f, 0.25f}})).containsExactly(0, 1);
        double[] posterior = model.posterior(new float[] {0.1f, 0.25f});
        assertThat(posterior).doesNotContain(Double.NaN);
        assertThat(posterior[0] + posterior[1]).isCloseTo(1, within(1e-12));
        assertThat(posterior[0]).isGreaterThan(0.99);
    }

    @Test
    void readsAFeatureThatIsConstantWithinEachClassLikeAnInjectedPixel() {
        // Feature 1 is label × 0.001 exactly: zero within-class variance, only var_smoothing keeps it a Gaussian.
        double[][] centres = {{0, 0}, {0, 0}, {0, 0}};
        Sample train = gaussians(centres, 100, 4);
        for (int i = 0; i < train.x.length; i++) {
            train.x[i][1] = train.y[i] * 0.001f;
        }

        GaussianNaiveBayes model = GaussianNaiveBayes.fit(train.x, train.y, SKLEARN);

        assertThat(model.predict(new float[][] {{0.3f, 0.002f}, {-1f, 0f}, {2f, 0.001f}})).containsExactly(2, 0, 1);
    }

    @Test
    void agreesWithAHandComputedPosteriorOnATwoFeatureToy() {
        // Class 0: (0,0), (2,2): means (1,1), variances (1,1). Class 1: (4,4), (6,8): means (5,6), variances (1,4).
        // Equal priors. At (3,3) the first feature is equally likely under both classes; the second gives
        // log p(x|0) - log p(x|1) = -1/2 (log 2pi + 4/1) + 1/2 (log (2pi * 4) + 9/4) = 1/2 (log 4 - 7/4),
        // so P(0 | x) = 1 / (1 + exp(-1/2 (log 4 - 7/4))) = 0.45466. var_smoothing adds 1e-9 × 8.75 (the variance
        // of the second feature over all four points) to every variance: far below this tolerance.
        float[][] x = {{0, 0}, {2, 2}, {4, 4}, {6, 8}};
        int[] y = {0, 0, 1, 1};

        GaussianNaiveBayes model = GaussianNaiveBayes.fit(x, y, SKLEARN);
        double[] posterior = model.posterior(new float[] {3, 3});

        double expected = 1 / (1 + Math.exp(-0.5 * (Math.log(4) - 1.75)));
        assertThat(posterior[0]).isCloseTo(expected, within(1e-7));
        assertThat(posterior[0]).isCloseTo(0.45466, within(1e-5));
        assertThat(posterior[1]).isCloseTo(1 - expected, within(1e-7));
        assertThat(model.predict(new float[][] {{3, 3}})).containsExactly(1);
    }

    @Test
    void priorsFollowClassFrequencies() {
        // Identical features: only the priors (3 to 1) decide.
        float[][] x = {{1}, {1}, {1}, {1}};
        int[] y = {7, 7, 7, 2};

        GaussianNaiveBayes model = GaussianNaiveBayes.fit(x, y, SKLEARN);

        assertThat(model.classes()).containsExactly(2, 7);
        assertThat(model.posterior(new float[] {1})).containsExactly(new double[] {0.25, 0.75}, within(1e-12));
        assertThat(model.predict(new float[][] {{1}})).containsExactly(7);
    }

    private static Sample gaussians(double[][] centres, int perClass, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = centres.length * perClass;
        float[][] x = new float[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % centres.length;
            x[i] = new float[centres[y[i]].length];
            for (int j = 0; j < x[i].length; j++) {
                x[i][j] = (float) (centres[y[i]][j] + random.nextGaussian());
            }
        }
        return new Sample(x, y);
    }

    private record Sample(float[][] x, int[] y) {
    }
}
