package io.blindspots.convnet.domain;

import io.blindspots.convnet.fixtures.SquareImages;
import io.blindspots.events.Catalog;
import io.blindspots.events.Split;
import io.blindspots.events.stream.ImageShape;
import io.blindspots.runtime.stream.SplitData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Kdd4NetworkTest {

    private final Kdd4 kdd4 = new Kdd4();

    @Test
    void hasThePapersSixHundredThousandParametersOnCifarShapedImages() {
        ConvNet net = kdd4.build(new ImageShape(3, 32, 32), 10, kdd4.preset(Catalog.QUICK), 1);

        assertThat(net.parameterCount()).isEqualTo(4_864 + 73_856 + 295_168 + 131_200 + 81_930).isEqualTo(587_018);
    }

    @Test
    void adaptsItsFirstAndLastLayerToGreyTwentyEightPixelImages() {
        ConvNet net = kdd4.build(new ImageShape(1, 28, 28), 10, kdd4.preset(Catalog.QUICK), 1);

        // conv1 5·5·1·64+64, conv2..4 as on CIFAR, dense (128·7·7+1)·10
        assertThat(net.parameterCount()).isEqualTo(1_664 + 73_856 + 295_168 + 131_200 + 62_730).isEqualTo(564_618);
    }

    @Test
    void sameSeedGivesTheSameInitialWeights() {
        ImageShape shape = new ImageShape(1, 8, 8);
        var a = (MultiLayerConvNet) kdd4.build(shape, 3, kdd4.preset(Catalog.QUICK), 42);
        var b = (MultiLayerConvNet) kdd4.build(shape, 3, kdd4.preset(Catalog.QUICK), 42);
        var c = (MultiLayerConvNet) kdd4.build(shape, 3, kdd4.preset(Catalog.QUICK), 43);

        assertThat(a.network().params()).isEqualTo(b.network().params());
        assertThat(a.network().params()).isNotEqualTo(c.network().params());
    }

    @Test
    void lossFallsAfterAFewMiniBatchesOfAnEasyProblem() {
        ImageShape shape = new ImageShape(3, 16, 16);
        int classes = 4;
        SplitData data = SquareImages.split(Split.TRAIN, 128, shape, classes, 5);
        ConvNet net = kdd4.build(shape, classes, kdd4.preset(Catalog.QUICK), 5);
        MiniBatches batches = new MiniBatches(data, shape, classes);
        double before = SplitEvaluation.evaluate(net, Split.SIGNAL, data, shape, classes, 128).loss().orElseThrow();

        for (int step = 0; step < 3; step++) {
            int[] order = MiniBatches.epochOrder(data.count(), 5, step + 1);
            for (int from = 0; from < order.length; from += 32) {
                net.fit(batches.features(order, from, from + 32), batches.labels(order, from, from + 32));
            }
        }
        double after = SplitEvaluation.evaluate(net, Split.SIGNAL, data, shape, classes, 128).loss().orElseThrow();

        assertThat(after).isLessThan(before * 0.5);
    }

    @Test
    void refusesAPresetItDoesNotHave() {
        assertThatThrownBy(() -> kdd4.preset("fast")).hasMessageContaining("quick");
    }

    @Test
    void hasWhatTheKddPaperStatesFilterSizesMapsReluAndAFullyConnectedClassifier() {
        var configuration = Kdd4.configuration(new ImageShape(3, 32, 32), 10, Kdd4.PAPER, 1);
        var convolutions = configuration.getConfs().stream().map(c -> c.getLayer())
                .filter(l -> l instanceof org.deeplearning4j.nn.conf.layers.ConvolutionLayer)
                .map(l -> (org.deeplearning4j.nn.conf.layers.ConvolutionLayer) l).toList();

        assertThat(convolutions).extracting(c -> c.getKernelSize()[0]).containsExactly(5, 3, 3, 2);
        assertThat(convolutions).extracting(c -> c.getNOut()).containsExactly(64L, 128L, 256L, 128L);
        assertThat(convolutions).allSatisfy(c -> assertThat(c.getActivationFn().toString()).isEqualTo("relu"));
        var output = (org.deeplearning4j.nn.conf.layers.OutputLayer) configuration.getConf(
                configuration.getConfs().size() - 1).getLayer();
        assertThat(output.getNOut()).isEqualTo(10);
        assertThat(output.getActivationFn().toString()).isEqualTo("softmax");
    }
}
