package io.blindspots.convnet.domain;

import io.blindspots.convnet.fixtures.SquareImages;
import io.blindspots.events.Split;
import io.blindspots.events.stream.ImageShape;
import io.blindspots.runtime.stream.SplitData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PlainMomentumTest {

    @Test
    void stepIsLearningRateTimesTheVelocityWhichAccumulatesTheGradients() {
        PlainMomentum config = new PlainMomentum(0.1, null, 0.9);
        INDArray state = Nd4j.zeros(1, 2);
        var updater = config.instantiate(state, true);

        INDArray first = Nd4j.createFromArray(new float[] {1f, -2f}).reshape(1, 2);
        updater.applyUpdater(first, 0, 0);
        INDArray second = Nd4j.createFromArray(new float[] {1f, -2f}).reshape(1, 2);
        updater.applyUpdater(second, 1, 0);

        // v1 = g = (1, -2), step 0.1·v1; v2 = 0.9·v1 + g = (1.9, -3.8), step 0.1·v2 (Nesterov would give 0.271)
        assertThat(first.getDouble(0)).isCloseTo(0.1, within(1e-6));
        assertThat(second.getDouble(0)).isCloseTo(0.19, within(1e-6));
        assertThat(second.getDouble(1)).isCloseTo(-0.38, within(1e-6));
    }

    @Test
    void aKdd4TrainedWithItRestoresWithItsVelocity(@TempDir Path directory) throws Exception {
        ImageShape shape = new ImageShape(1, 8, 8);
        SplitData data = SquareImages.split(Split.TRAIN, 8, shape, 4, 3);
        MiniBatches batches = new MiniBatches(data, shape, 4);
        TrainingOptions options = new TrainingOptions(2, 8, 0.05, TrainingOptions.Optimizer.MOMENTUM, 1e-4,
                List.of(1), TrainingOptions.NO_ITERATION_LIMIT);
        Kdd4 kdd4 = new Kdd4();
        ConvNet net = kdd4.build(shape, 4, options, 3);
        int[] order = {0, 1, 2, 3, 4, 5, 6, 7};
        net.fit(batches.features(order, 0, 8), batches.labels(order, 0, 8));
        net.save(directory.resolve("net.zip"));

        ConvNet restored = kdd4.restore(directory.resolve("net.zip"));
        double a = net.fit(batches.features(order, 0, 8), batches.labels(order, 0, 8));
        double b = restored.fit(batches.features(order, 0, 8), batches.labels(order, 0, 8));

        assertThat(b).isCloseTo(a, within(1e-6));
        assertThat(restored.predict(batches.features(0, 8))).isEqualTo(net.predict(batches.features(0, 8)));
    }

    @Test
    void pixelMeanIsSubtractedFromEveryImageOfABatch() {
        ImageShape shape = new ImageShape(1, 2, 2);
        SplitData data = new SplitData(new int[] {0, 1}, new float[] {1, 2, 3, 4, 3, 4, 5, 6}, 4);

        float[] mean = MiniBatches.pixelMean(data);
        INDArray centred = new MiniBatches(data, shape, 2, mean).features(0, 2);

        assertThat(mean).containsExactly(2, 3, 4, 5);
        assertThat(centred.dup().data().asFloat()).containsExactly(-1, -1, -1, -1, 1, 1, 1, 1);
    }
}
