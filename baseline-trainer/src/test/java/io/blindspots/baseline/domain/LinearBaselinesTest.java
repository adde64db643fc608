package io.blindspots.baseline.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.blindspots.baseline.domain.Problems.accuracy;
import static org.assertj.core.api.Assertions.assertThat;

class LinearBaselinesTest {

    private static final TrainingSet TRAIN = Problems.separable(400, 20, 1);
    private static final TrainingSet HELD_OUT = Problems.separable(300, 20, 2);

    @Test
    void logisticRegressionSeparatesLinearlySeparableClasses() {
        LogisticRegressionBaseline model = LogisticRegressionBaseline.fit(TRAIN.x(), TRAIN.y(),
                Problems.CLASSES, LogisticRegressionBaseline.Options.scikitLearn());

        assertThat(accuracy(model, HELD_OUT)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void logisticRegressionDefaultsAreScikitLearns() {
        assertThat(LogisticRegressionBaseline.Options.scikitLearn())
                .isEqualTo(new LogisticRegressionBaseline.Options(1, 1e-4, 100));
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
        // 2,000 rows: 200 epochs of min(200, n) rows give Adam at 1e-3 enough steps (scikit-learn: 0.92-0.99 at 400)
        TrainingSet train = Problems.separable(2000, 20, 1);
        MultilayerPerceptron model = MultilayerPerceptron.fit(train.x(), train.y(), Problems.CLASSES, 5,
                MultilayerPerceptron.Options.scikitLearn(List.of()));

        assertThat(accuracy(model, HELD_OUT)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void shallowNeuralNetworkSeparatesLinearlySeparableClasses() {
        MultilayerPerceptron model = MultilayerPerceptron.fit(TRAIN.x(), TRAIN.y(), Problems.CLASSES, 5,
                MultilayerPerceptron.Options.scikitLearn(List.of(100)));

        assertThat(accuracy(model, HELD_OUT)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void multilayerPerceptronIsRepeatableFromTheSeed() {
        MultilayerPerceptron.Options brief = MultilayerPerceptron.Options.scikitLearn(List.of(8)).withMaxIter(3);

        int[] first = MultilayerPerceptron.fit(TRAIN.x(), TRAIN.y(), Problems.CLASSES, 9, brief).predict(HELD_OUT.x());
        int[] second = MultilayerPerceptron.fit(TRAIN.x(), TRAIN.y(), Problems.CLASSES, 9, brief).predict(HELD_OUT.x());

        assertThat(second).isEqualTo(first);
    }

    @Test
    void multilayerPerceptronDefaultsAreScikitLearns() {
        assertThat(MultilayerPerceptron.Options.scikitLearn(List.of(100)))
                .isEqualTo(new MultilayerPerceptron.Options(List.of(100), 1e-3, 1e-4, 200, 200, 1e-4, 10));
    }
}
