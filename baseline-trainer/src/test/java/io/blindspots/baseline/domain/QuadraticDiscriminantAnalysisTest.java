package io.blindspots.baseline.domain;

import org.junit.jupiter.api.Test;

import static io.blindspots.baseline.domain.Problems.accuracy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuadraticDiscriminantAnalysisTest {

    @Test
    void fitsDataWithAFeatureConstantInEveryClass() {
        TrainingSet train = Problems.separable(400, 20, 1);
        TrainingSet heldOut = Problems.separable(200, 20, 2);
        withInjectedPixel(train, 10);
        withInjectedPixel(heldOut, 10);

        QuadraticDiscriminantAnalysis model = QuadraticDiscriminantAnalysis.fit(train.x(), train.y(),
                Problems.CLASSES, new QuadraticDiscriminantAnalysis.Options(0.5));

        assertThat(accuracy(model, heldOut)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void fitsMoreFeaturesThanImagesPerClass() {
        TrainingSet train = Problems.separable(200, 80, 1);
        TrainingSet heldOut = Problems.separable(200, 80, 2);
        withInjectedPixel(train, 50);
        withInjectedPixel(heldOut, 50);

        QuadraticDiscriminantAnalysis model = QuadraticDiscriminantAnalysis.fit(train.x(), train.y(),
                Problems.CLASSES, new QuadraticDiscriminantAnalysis.Options(0.5));

        assertThat(accuracy(model, heldOut)).isGreaterThan(0.6); // chance is 0.25; 50 images per class, 80 pixels
    }

    private static void withInjectedPixel(TrainingSet data, int feature) {
        for (int i = 0; i < data.x().length; i++) {
            data.x()[i][feature] = data.y()[i] * 0.001f; // zero variance within each class
        }
    }

    @Test
    void failsWithTheReasonWhenAClassHasASingleImage() {
        TrainingSet train = Problems.separable(100, 10, 3);
        int[] y = train.y().clone();
        int lone = -1;
        for (int i = 0; i < y.length; i++) {
            if (y[i] == 3) {
                y[i] = lone < 0 ? 3 : 2;
                lone = lone < 0 ? i : lone;
            }
        }

        assertThatThrownBy(() -> QuadraticDiscriminantAnalysis.fit(train.x(), y, Problems.CLASSES,
                new QuadraticDiscriminantAnalysis.Options(0.5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("y has only 1 sample in class 3, covariance is ill defined.");
    }

    @Test
    void unregularisedFitWithMoreRowsThanFeaturesSeparatesClassesAsScikitLearnDoes() {
        TrainingSet train = Problems.separable(400, 20, 1);
        TrainingSet heldOut = Problems.separable(200, 20, 2);

        QuadraticDiscriminantAnalysis model = QuadraticDiscriminantAnalysis.fit(train.x(), train.y(),
                Problems.CLASSES, QuadraticDiscriminantAnalysis.Options.scikitLearn());

        assertThat(accuracy(model, heldOut)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void unregularisedFitWithFewerRowsThanFeaturesStillFitsAndPredictsAValidClass() {
        // scikit-learn only warns "Variables are collinear" here and predicts from the near-zero directions.
        TrainingSet train = Problems.separable(40, 30, 4);

        int[] predictions = QuadraticDiscriminantAnalysis.fit(train.x(), train.y(), Problems.CLASSES,
                QuadraticDiscriminantAnalysis.Options.scikitLearn()).predict(train.x());

        assertThat(predictions).hasSize(train.x().length);
        assertThat(java.util.Arrays.stream(predictions).allMatch(c -> c >= 0 && c < Problems.CLASSES)).isTrue();
    }
}
