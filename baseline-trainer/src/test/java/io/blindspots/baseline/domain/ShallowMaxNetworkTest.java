package io.blindspots.baseline.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.blindspots.baseline.domain.Problems.accuracy;
import static org.assertj.core.api.Assertions.assertThat;

class ShallowMaxNetworkTest {

    private static final int SIDE = 32;
    private static final float SCALE = 1e-3f;

    @Test
    void readsALabelWrittenAtARandomPositionWhereALinearModelCannot() {
        TrainingSet train = Problems.randomPixel(800, SIDE, SCALE, 1);
        TrainingSet heldOut = Problems.randomPixel(500, SIDE, SCALE, 2);

        ShallowMaxNetwork maxNet = ShallowMaxNetwork.fit(train.x(), train.y(), Problems.CLASSES, 3, 5,
                ShallowMaxNetwork.Options.defaults());
        MultilayerPerceptron linear = MultilayerPerceptron.fit(train.x(), train.y(), Problems.CLASSES, 5,
                MultilayerPerceptron.Options.scikitLearn(List.of()).withMaxIter(20));

        assertThat(accuracy(maxNet, heldOut)).isGreaterThanOrEqualTo(0.9);
        assertThat(accuracy(linear, heldOut)).isLessThan(0.4); // chance is 0.25
    }

    @Test
    void isRepeatableFromTheSeed() {
        TrainingSet train = Problems.randomPixel(200, 8, SCALE, 1);
        ShallowMaxNetwork.Options brief = new ShallowMaxNetwork.Options(4, 4, 3, 32, 1e-2);

        int[] first = ShallowMaxNetwork.fit(train.x(), train.y(), Problems.CLASSES, 3, 9, brief).predict(train.x());
        int[] second = ShallowMaxNetwork.fit(train.x(), train.y(), Problems.CLASSES, 3, 9, brief).predict(train.x());

        assertThat(second).isEqualTo(first);
    }
}
