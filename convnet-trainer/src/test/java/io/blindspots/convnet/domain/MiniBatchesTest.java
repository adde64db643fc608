package io.blindspots.convnet.domain;

import io.blindspots.events.stream.ImageShape;
import io.blindspots.runtime.stream.SplitData;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Arrays;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class MiniBatchesTest {

    @Test
    void epochOrderVisitsEveryImageOnce() {
        int[] order = MiniBatches.epochOrder(1000, 7, 3);

        assertThat(Arrays.stream(order).sorted().toArray()).isEqualTo(IntStream.range(0, 1000).toArray());
    }

    @Test
    void epochOrderIsFixedBySeedAndEpochAndDiffersBetweenEpochs() {
        assertThat(MiniBatches.epochOrder(100, 7, 1)).isEqualTo(MiniBatches.epochOrder(100, 7, 1));
        assertThat(MiniBatches.epochOrder(100, 7, 1)).isNotEqualTo(MiniBatches.epochOrder(100, 7, 2));
        assertThat(MiniBatches.epochOrder(100, 7, 1)).isNotEqualTo(MiniBatches.epochOrder(100, 8, 1));
    }

    @Test
    void batchHoldsTheOrderedImagesChannelsFirstWithOneHotLabels() {
        ImageShape shape = new ImageShape(2, 1, 2);
        // image i has values i*10 + (0..3): channel-major, so channel 1 of image i starts at i*10 + 2
        float[] pixels = new float[3 * 4];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (i / 4) * 10 + i % 4;
        }
        MiniBatches batches = new MiniBatches(new SplitData(new int[] {0, 2, 1}, pixels, 4), shape, 3);
        int[] order = {2, 0, 1};

        INDArray features = batches.features(order, 0, 2);
        INDArray labels = batches.labels(order, 0, 2);

        assertThat(features.shape()).containsExactly(2, 2, 1, 2);
        assertThat(features.getFloat(0, 1, 0, 0)).isEqualTo(22f);
        assertThat(features.getFloat(1, 0, 0, 1)).isEqualTo(1f);
        assertThat(labels.toFloatMatrix()).isEqualTo(new float[][] {{0, 1, 0}, {1, 0, 0}});
        assertThat(batches.features(1, 3).getFloat(1, 1, 0, 1)).isEqualTo(23f);
    }
}
