package io.blindspots.baseline.domain;

import org.junit.jupiter.api.Test;

import static io.blindspots.baseline.domain.Problems.accuracy;
import static org.assertj.core.api.Assertions.assertThat;

class ShallowMaxNetworkTest {

    private static final TrainingSet TRAIN = Problems.randomPixel(800, 1);
    private static final TrainingSet HELD_OUT = Problems.randomPixel(400, 2);

    @Test
    void findsALabelWrittenAtARandomPositionWhereALinearModelCannot() {
        ShallowMaxNetwork maxNet = ShallowMaxNetwork.fit(TRAIN.x(), TRAIN.y(), Problems.CLASSES, 1, 5,
                ShallowMaxNetwork.Options.defaults());
        MultilayerPerceptron linear = MultilayerPerceptron.fit(TRAIN.x(), TRAIN.y(), Problems.CLASSES, 5,
                MultilayerPerceptron.Options.scikitLearn(java.util.List.of()));

        assertThat(accuracy(maxNet, HELD_OUT)).isGreaterThanOrEqualTo(0.95);
        assertThat(accuracy(linear, HELD_OUT)).isLessThan(0.5); // chance is 0.25
    }

    @Test
    void isRepeatableFromTheSeed() {
        ShallowMaxNetwork.Options brief = new ShallowMaxNetwork.Options(4, 3, 32, 1e-2);

        int[] first = ShallowMaxNetwork.fit(TRAIN.x(), TRAIN.y(), Problems.CLASSES, 1, 9, brief)
                .predict(HELD_OUT.x());
        int[] second = ShallowMaxNetwork.fit(TRAIN.x(), TRAIN.y(), Problems.CLASSES, 1, 9, brief)
                .predict(HELD_OUT.x());

        assertThat(second).isEqualTo(first);
    }
}
