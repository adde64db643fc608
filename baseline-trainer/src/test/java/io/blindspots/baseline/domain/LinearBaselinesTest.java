package io.blindspots.baseline.domain;

import org.junit.jupiter.api.Test;

import static io.blindspots.baseline.domain.Problems.accuracy;
import static org.assertj.core.api.Assertions.assertThat;

class LinearBaselinesTest {

    private static final TrainingSet TRAIN = Problems.separable(400, 20, 1);
    private static final TrainingSet HELD_OUT = Problems.separable(300, 20, 2);

    @Test
    void logisticRegressionSeparatesLinearlySeparableClasses() {
        LogisticRegressionBaseline model = LogisticRegressionBaseline.fit(TRAIN.x(), TRAIN.y(),
                LogisticRegressionBaseline.Options.scikitLearn());

        assertThat(accuracy(model, HELD_OUT)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void logisticRegressionUsesScikitLearnsPenaltyInSmilesTerms() {
        assertThat(LogisticRegressionBaseline.Options.scikitLearn().lambda()).isEqualTo(1.0);
    }

    @Test
    void ldaSeparatesLinearlySeparableClasses() {
        LinearDiscriminantAnalysis model = LinearDiscriminantAnalysis.fit(TRAIN.x(), TRAIN.y(), Problems.CLASSES,
                LinearDiscriminantAnalysis.Options.scikitLearn());

        assertThat(accuracy(model, HELD_OUT)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void ldaFitsMoreFeaturesThanImagesAndAFeatureConstantWithinClasses() {
        // Both make the pooled covariance singular: Smile's LDA throws "close to singular" on them.
        TrainingSet train = Problems.separable(150, 300, 3);
        TrainingSet heldOut = Problems.separable(200, 300, 4);
        for (TrainingSet data : new TrainingSet[] {train, heldOut}) {
            for (int i = 0; i < data.x().length; i++) {
                data.x()[i][100] = data.y()[i] * 0.001f;
            }
        }

        LinearDiscriminantAnalysis model = LinearDiscriminantAnalysis.fit(train.x(), train.y(), Problems.CLASSES,
                LinearDiscriminantAnalysis.Options.scikitLearn());

        assertThat(accuracy(model, heldOut)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void perceptronSeparatesLinearlySeparableClasses() {
        ShallowLinearNetwork model = ShallowLinearNetwork.fit(TRAIN.x(), TRAIN.y(), Problems.CLASSES, 5,
                ShallowLinearNetwork.Options.scikitLearn());

        assertThat(accuracy(model, HELD_OUT)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void shallowNeuralNetworkSeparatesLinearlySeparableClasses() {
        ShallowNeuralNetwork model = ShallowNeuralNetwork.fit(TRAIN.x(), TRAIN.y(), Problems.CLASSES, 5,
                ShallowNeuralNetwork.Options.scikitLearn());

        assertThat(accuracy(model, HELD_OUT)).isGreaterThanOrEqualTo(0.95);
    }
}
