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
                Problems.CLASSES, QuadraticDiscriminantAnalysis.Options.regularized());

        assertThat(accuracy(model, heldOut)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void fitsMoreFeaturesThanImagesPerClass() {
        TrainingSet train = Problems.separable(200, 80, 1);
        TrainingSet heldOut = Problems.separable(200, 80, 2);
        withInjectedPixel(train, 50);
        withInjectedPixel(heldOut, 50);

        QuadraticDiscriminantAnalysis model = QuadraticDiscriminantAnalysis.fit(train.x(), train.y(),
                Problems.CLASSES, QuadraticDiscriminantAnalysis.Options.regularized());

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
                QuadraticDiscriminantAnalysis.Options.regularized()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("QDA needs at least 2 training images of each class; class 3 has 1");
    }

    @Test
    void failsWithTheReasonWhenUnregularisedCovariancesAreSingular() {
        TrainingSet train = Problems.separable(40, 30, 4);

        assertThatThrownBy(() -> QuadraticDiscriminantAnalysis.fit(train.x(), train.y(), Problems.CLASSES,
                new QuadraticDiscriminantAnalysis.Options(0, 1e-4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is singular").hasMessageContaining("regParam > 0");
    }
}
