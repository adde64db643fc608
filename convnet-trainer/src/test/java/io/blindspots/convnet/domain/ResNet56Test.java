package io.blindspots.convnet.domain;

import io.blindspots.convnet.fixtures.SquareImages;
import io.blindspots.events.Catalog;
import io.blindspots.events.Split;
import io.blindspots.events.stream.ImageShape;
import io.blindspots.runtime.stream.SplitData;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.graph.ScaleVertex;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.learning.config.Nesterovs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ResNet56Test {

    private final ResNet56 resnet = new ResNet56();

    @Test
    void hasThePapersPointEightFiveMillionParametersOnCifarShapedImages() {
        ConvNet net = resnet.build(new ImageShape(3, 32, 32), 10, resnet.preset(Catalog.QUICK), 1);

        // stem 432+32, stage 1 18·(2,304+32), stage 2 4,608+17·9,216+18·64, stage 3 18,432+17·36,864+18·128, dense
        assertThat(net.parameterCount()).isEqualTo(464 + 42_048 + 162_432 + 647_424 + 650).isEqualTo(853_018);
    }

    @Test
    void adaptsItsFirstLayerToGreyTwentyEightPixelImages() {
        ConvNet net = resnet.build(new ImageShape(1, 28, 28), 10, resnet.preset(Catalog.QUICK), 1);

        assertThat(net.parameterCount()).isEqualTo(853_018 - 3 * 3 * 2 * 16).isEqualTo(852_730);
        assertThat(net.predict(new MiniBatches(SquareImages.split(Split.SIGNAL, 2, new ImageShape(1, 28, 28), 10, 1),
                new ImageShape(1, 28, 28), 10).features(0, 2)).shape()).containsExactly(2, 10);
    }

    @Test
    void hasFiftyFiveConvolutionsAndParameterFreeOptionAShortcuts() {
        var configuration = ResNet56.configuration(new ImageShape(3, 32, 32), 10, ResNet56.QUICK, 1);

        assertThat(configuration.getVertices().values()).filteredOn(v -> v instanceof LayerVertex layer
                && layer.getLayerConf().getLayer() instanceof ConvolutionLayer).hasSize(1 + 3 * 9 * 2);
        assertThat(configuration.getVertices().values()).filteredOn(v -> v instanceof ScaleVertex).hasSize(2)
                .allSatisfy(v -> assertThat(((ScaleVertex) v).getScaleFactor()).isZero());
        assertThat(configuration.getVertices().values()).filteredOn(v -> v instanceof MergeVertex).hasSize(2);
    }

    @Test
    void paperPresetIsHeEtAlsCifarRegimeWithoutAugmentation() {
        TrainingOptions paper = resnet.preset(Catalog.PAPER);

        assertThat(paper.optimizer()).isEqualTo(TrainingOptions.Optimizer.MOMENTUM);
        assertThat(paper.batchSize()).isEqualTo(128);
        assertThat(paper.learningRate()).isEqualTo(0.1);
        assertThat(paper.weightDecay()).isEqualTo(1e-4);
        assertThat(paper.subtractPixelMean()).isTrue();
        assertThat(paper.dropFractions()).containsExactly(0.5, 0.75);
        // 50,000 CIFAR-10 training images: 391 mini-batches an epoch, 164 epochs = 64,124 iterations (He et al.: 64k)
        TrainingOptions cifar = paper.forImages(50_000);
        assertThat(cifar.learningRateDrops()).containsExactly(32_062, 48_093);
        assertThat(cifar.updater()).isInstanceOfSatisfying(PlainMomentum.class, m -> {
            assertThat(m.getMomentum()).isEqualTo(0.9);
            assertThat(m.getLearningRate(32_061, 0)).isEqualTo(0.1);
            assertThat(m.getLearningRate(32_062, 0)).isCloseTo(0.01, within(1e-12));
            assertThat(m.getLearningRate(48_093, 0)).isCloseTo(0.001, within(1e-12));
        });
    }

    @Test
    void paperDropsScaleWithTheEpochsASpecAsksFor() {
        TrainingOptions tenEpochs = resnet.preset(Catalog.PAPER)
                .overriddenBy(new io.blindspots.events.ConvNetSpec(Catalog.RESNET56, Catalog.PAPER, 10, null, null));

        // 5,000 images at batch 128: 40 mini-batches an epoch, 400 in all; drops at 50 % and 75 %
        assertThat(tenEpochs.forImages(5_000).learningRateDrops()).containsExactly(200, 300);
    }

    @Test
    void strideTwoConvolutionsArePaddedOnePixelOnEachSideAsTheOriginal() {
        var strided = ResNetBlocks.convolution(32, 2);
        var plain = ResNetBlocks.convolution(16, 1);

        assertThat(strided.getConvolutionMode()).isEqualTo(org.deeplearning4j.nn.conf.ConvolutionMode.Truncate);
        assertThat(strided.getPadding()).containsExactly(1, 1);
        assertThat(plain.getConvolutionMode()).isNull(); // the network's "same": one pixel each side at stride 1
        // and the stages still see 16 and 8 pixels of a 32-pixel image (28 → 14 → 7 for Fashion-MNIST)
        assertThat(resnet.build(new ImageShape(3, 32, 32), 10, resnet.preset(Catalog.QUICK), 1).parameterCount())
                .isPositive();
        assertThat(resnet.build(new ImageShape(1, 28, 28), 10, resnet.preset(Catalog.QUICK), 1).parameterCount())
                .isPositive();
    }

    @Test
    void lossFallsOverAFewStepsOnATinyBatch() {
        ImageShape shape = new ImageShape(1, 8, 8);
        int classes = 4;
        SplitData data = SquareImages.split(Split.TRAIN, 8, shape, classes, 5);
        ConvNet net = resnet.build(shape, classes, resnet.preset(Catalog.QUICK), 5);
        MiniBatches batches = new MiniBatches(data, shape, classes);
        int[] order = MiniBatches.epochOrder(data.count(), 5, 1);
        List<Double> losses = new ArrayList<>();

        for (int step = 0; step < 5; step++) {
            losses.add(net.fit(batches.features(order, 0, 8), batches.labels(order, 0, 8)));
        }

        assertThat(losses).allSatisfy(loss -> assertThat(loss).isFinite());
        assertThat(losses.getLast()).isLessThan(losses.getFirst());
    }

    @Test
    void aSavedGraphRestoresWithItsWeightsUpdaterStateAndIterationCount(@TempDir Path directory) throws Exception {
        ImageShape shape = new ImageShape(1, 8, 8);
        SplitData data = SquareImages.split(Split.TRAIN, 8, shape, 4, 3);
        MiniBatches batches = new MiniBatches(data, shape, 4);
        // the paper preset's plain-momentum updater and its schedule must survive DL4J's JSON
        var net = (GraphConvNet) resnet.build(shape, 4, resnet.preset(Catalog.PAPER).forImages(8), 3);
        net.fit(batches.features(0, 8), batches.labels(new int[] {0, 1, 2, 3, 4, 5, 6, 7}, 0, 8));

        net.save(directory.resolve("net.zip"));
        var restored = (GraphConvNet) resnet.restore(directory.resolve("net.zip"));

        assertThat(restored.graph().params()).isEqualTo(net.graph().params());
        assertThat(restored.graph().getUpdater().getStateViewArray())
                .isEqualTo(net.graph().getUpdater().getStateViewArray());
        assertThat(restored.graph().getIterationCount()).isEqualTo(1);
        assertThat(restored.predict(batches.features(0, 8))).isEqualTo(net.predict(batches.features(0, 8)));
    }

    @Test
    void refusesAPresetItDoesNotHave() {
        assertThatThrownBy(() -> resnet.preset("fast")).hasMessageContaining("paper");
    }
}
