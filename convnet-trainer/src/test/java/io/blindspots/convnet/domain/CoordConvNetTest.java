package io.blindspots.convnet.domain;

import io.blindspots.convnet.fixtures.SquareImages;
import io.blindspots.events.Catalog;
import io.blindspots.events.Split;
import io.blindspots.events.stream.ImageShape;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CoordConvNetTest {

    /** A base network that records what it is fed and predicts it back. */
    private static final class Recording implements ConvNet {

        private final List<INDArray> fed = new ArrayList<>();

        @Override
        public String arch() {
            return "recording";
        }

        @Override
        public long parameterCount() {
            return 0;
        }

        @Override
        public double fit(INDArray features, INDArray labels) {
            fed.add(features);
            return 0;
        }

        @Override
        public INDArray predict(INDArray features) {
            fed.add(features);
            return features;
        }

        @Override
        public void save(Path file) {
        }
    }

    @Test
    void feedsTheBaseNetTheImagesThenXAndYRunningFromMinusOneToOne() {
        Recording base = new Recording();
        CoordConvNet net = new CoordConvNet("kdd4+coordconv", base);
        INDArray images = Nd4j.rand(DataType.FLOAT, 2, 3, 4, 5);

        net.fit(images, Nd4j.zeros(2, 2));
        INDArray fed = base.fed.getFirst();

        assertThat(fed.shape()).containsExactly(2, 3 + 2, 4, 5);
        assertThat(fed.get(NDArrayIndex.all(), NDArrayIndex.interval(0, 3))).isEqualTo(images);
        for (int image = 0; image < 2; image++) {
            for (int row = 0; row < 4; row++) {
                for (int col = 0; col < 5; col++) {
                    // x: -1 at the left column, 1 at the right; y: -1 at the top row, 1 at the bottom
                    assertThat(fed.getDouble(image, 3, row, col)).isCloseTo(-1 + 2.0 * col / (5 - 1), within(1e-6));
                    assertThat(fed.getDouble(image, 4, row, col)).isCloseTo(-1 + 2.0 * row / (4 - 1), within(1e-6));
                }
            }
        }
    }

    @Test
    void feedsTheSameCoordinatesToPredictAsToFitAndFollowsTheBatchsImageSize() {
        Recording base = new Recording();
        CoordConvNet net = new CoordConvNet("kdd4+coordconv", base);

        net.fit(Nd4j.zeros(DataType.FLOAT, 3, 1, 6, 6), Nd4j.zeros(3, 2));
        net.predict(Nd4j.ones(DataType.FLOAT, 1, 1, 6, 6));
        net.predict(Nd4j.ones(DataType.FLOAT, 1, 1, 3, 2));

        assertThat(base.fed.get(1).get(NDArrayIndex.point(0), NDArrayIndex.interval(1, 3)))
                .isEqualTo(base.fed.get(0).get(NDArrayIndex.point(2), NDArrayIndex.interval(1, 3)));
        INDArray small = base.fed.get(2);
        assertThat(small.shape()).containsExactly(1, 3, 3, 2);
        assertThat(small.getDouble(0, 1, 0, 0)).isEqualTo(-1.0);
        assertThat(small.getDouble(0, 1, 0, 1)).isEqualTo(1.0);
        assertThat(small.getDouble(0, 2, 1, 0)).isEqualTo(0.0);
        assertThat(small.getDouble(0, 2, 2, 1)).isEqualTo(1.0);
    }

    @Test
    void predictsOneProbabilityPerClassForTheImagesAsTheyCome() {
        ImageShape shape = new ImageShape(3, 8, 8);
        ConvNet net = Architectures.of("kdd4+coordconv").build(shape, 4, Kdd4.QUICK, 1);
        INDArray images = new MiniBatches(SquareImages.split(Split.SIGNAL, 5, shape, 4, 1), shape, 4)
                .features(0, 5);

        INDArray probabilities = net.predict(images);

        assertThat(probabilities.shape()).containsExactly(5, 4);
        for (int row = 0; row < 5; row++) {
            assertThat(probabilities.getRow(row).sumNumber().doubleValue()).isCloseTo(1.0, within(1e-5));
        }
        assertThat(((CoordConvNet) net).base()).isInstanceOf(MultiLayerConvNet.class);
        assertThat(((MultiLayerConvNet) ((CoordConvNet) net).base()).network().layerInputSize(0))
                .isEqualTo(3 + 2);
        assertThat(Architectures.of("kdd4+coordconv").preset(Catalog.QUICK)).isEqualTo(Kdd4.QUICK);
    }
}
