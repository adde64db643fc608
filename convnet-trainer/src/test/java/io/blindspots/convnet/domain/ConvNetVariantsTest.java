package io.blindspots.convnet.domain;

import io.blindspots.convnet.fixtures.SquareDatasets;
import io.blindspots.convnet.fixtures.SquareImages;
import io.blindspots.events.Catalog;
import io.blindspots.events.RunSpecs;
import io.blindspots.events.Split;
import io.blindspots.events.stream.ImageShape;
import io.blindspots.runtime.stream.SplitData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The remedies of the blindspots ({@link Catalog#VARIANTS}) on both image ConvNets. */
class ConvNetVariantsTest {

    private static final ImageShape CIFAR = new ImageShape(3, 32, 32);
    private static final ImageShape FASHION = new ImageShape(1, 28, 28);
    private static final ImageShape TINY = new ImageShape(3, 8, 8);
    private static final int K = 10;

    /** A k×k convolution from {@code in} to {@code out} maps, with biases. */
    private static long conv(int k, int in, int out) {
        return (long) k * k * in * out + out;
    }

    /** A dense softmax layer over {@code in} values. */
    private static long dense(long in) {
        return in * K + K;
    }

    /** KDD4's convolutions on {@code channels}: the same layers in every variant. */
    private static long kdd4Convolutions(int channels) {
        return conv(5, channels, 64) + conv(3, 64, 128) + conv(3, 128, 256) + conv(2, 256, 128);
    }

    private static long parameters(String label, ImageShape shape) {
        ConvNetArchitecture architecture = Architectures.of(label);
        return architecture.build(shape, K, architecture.preset(Catalog.QUICK), 1).parameterCount();
    }

    @Test
    void kdd4VariantsHaveTheParametersTheirLayersAdd() {
        long plain = kdd4Convolutions(3) + dense(128 * 8 * 8);
        assertThat(parameters("kdd4", CIFAR)).isEqualTo(plain).isEqualTo(587_018);

        // coordconv: the first convolution sees two more channels
        assertThat(parameters("kdd4+coordconv", CIFAR)).isEqualTo(plain + 2 * 5 * 5 * 64).isEqualTo(590_218);
        // global-branch: the softmax layer also sees the 3·32·32 raw pixels
        assertThat(parameters("kdd4+global-branch", CIFAR)).isEqualTo(plain + 3 * 32 * 32 * K).isEqualTo(617_738);
        // no-pooling: the dense layer sees 128 maps of the full 32×32
        assertThat(parameters("kdd4+no-pooling", CIFAR)).isEqualTo(kdd4Convolutions(3) + dense(128 * 32 * 32))
                .isEqualTo(1_815_818);
        // all-conv: the first two convolutions at stride 2 instead of the pools, the same maps after them
        assertThat(parameters("kdd4+all-conv", CIFAR)).isEqualTo(plain);
    }

    @Test
    void kdd4VariantsAdaptToGreyTwentyEightPixelImages() {
        long plain = kdd4Convolutions(1) + dense(128 * 7 * 7);
        assertThat(parameters("kdd4", FASHION)).isEqualTo(plain).isEqualTo(564_618);

        assertThat(parameters("kdd4+coordconv", FASHION)).isEqualTo(kdd4Convolutions(3) + dense(128 * 7 * 7))
                .isEqualTo(567_818);
        assertThat(parameters("kdd4+global-branch", FASHION)).isEqualTo(plain + 28 * 28 * K)
                .isEqualTo(572_458);
        assertThat(parameters("kdd4+no-pooling", FASHION)).isEqualTo(kdd4Convolutions(1) + dense(128 * 28 * 28))
                .isEqualTo(1_505_418);
        assertThat(parameters("kdd4+all-conv", FASHION)).isEqualTo(plain);
    }

    @Test
    void allConvDownsamplesByStridedConvolutionsToTheMapsThePoolsGive() {
        var architecture = Architectures.of("kdd4+all-conv");
        var network = ((MultiLayerConvNet) architecture.build(CIFAR, K, architecture.preset(Catalog.QUICK), 1))
                .network();

        assertThat(network.getLayers()).hasSize(5).noneMatch(layer -> layer instanceof
                org.deeplearning4j.nn.layers.convolution.subsampling.SubsamplingLayer);
        // the dense layer sees the 128×8×8 maps of the network as published
        assertThat(network.getLayer(4).getParam("W").shape()).containsExactly(128L * 8 * 8, K);
        assertThatThrownBy(() -> Architectures.of("resnet56+all-conv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("all-conv");
    }

    @Test
    void resnet56VariantsHaveTheParametersTheirLayersAdd() {
        long plain = parameters("resnet56", CIFAR);
        assertThat(plain).isEqualTo(853_018);

        // coordconv: the 3×3 stem convolution (16 maps, no bias) sees two more channels
        assertThat(parameters("resnet56+coordconv", CIFAR)).isEqualTo(plain + 2 * 3 * 3 * 16)
                .isEqualTo(853_306);
        // global-branch: the softmax layer sees the 64 pooled features and the 3·32·32 raw pixels
        assertThat(parameters("resnet56+global-branch", CIFAR)).isEqualTo(plain + 3 * 32 * 32 * K)
                .isEqualTo(883_738);
        // no-pooling: the softmax layer sees the 64×8×8 maps instead of their 64 averages
        assertThat(parameters("resnet56+no-pooling", CIFAR)).isEqualTo(plain - dense(64) + dense(64 * 8 * 8))
                .isEqualTo(893_338);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kdd4+coordconv", "kdd4+global-branch", "kdd4+no-pooling", "kdd4+all-conv",
            "resnet56+coordconv", "resnet56+global-branch", "resnet56+no-pooling"})
    void trainsOnATinyBatchAndPredictsProbabilities(String label) {
        int classes = 4;
        SplitData data = SquareImages.split(Split.TRAIN, 8, TINY, classes, 5);
        MiniBatches batches = new MiniBatches(data, TINY, classes);
        int[] order = MiniBatches.epochOrder(data.count(), 5, 1);
        ConvNetArchitecture architecture = Architectures.of(label);
        ConvNet net = architecture.build(TINY, classes, architecture.preset(Catalog.QUICK), 5);
        List<Double> losses = new ArrayList<>();

        for (int step = 0; step < 5; step++) {
            losses.add(net.fit(batches.features(order, 0, 8), batches.labels(order, 0, 8)));
        }
        INDArray probabilities = net.predict(batches.features(0, 8));

        assertThat(net.arch()).isEqualTo(label);
        assertThat(losses).allSatisfy(loss -> assertThat(loss).isFinite());
        assertThat(losses.getLast()).isLessThan(losses.getFirst());
        assertThat(probabilities.shape()).containsExactly(8, classes);
        for (int row = 0; row < 8; row++) {
            assertThat(probabilities.getRow(row).sumNumber().doubleValue()).isCloseTo(1.0, within(1e-5));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"kdd4+coordconv", "kdd4+global-branch", "kdd4+no-pooling", "kdd4+all-conv",
            "resnet56+coordconv", "resnet56+global-branch", "resnet56+no-pooling"})
    void aSavedVariantRestoresByItsLabelWithTheSamePredictions(String label, @TempDir Path directory)
            throws Exception {
        int classes = 4;
        SplitData data = SquareImages.split(Split.TRAIN, 8, TINY, classes, 3);
        MiniBatches batches = new MiniBatches(data, TINY, classes);
        ConvNetArchitecture architecture = Architectures.of(label);
        ConvNet net = architecture.build(TINY, classes, architecture.preset(Catalog.QUICK), 3);
        net.fit(batches.features(0, 8), batches.labels(new int[] {0, 1, 2, 3, 4, 5, 6, 7}, 0, 8));

        net.save(directory.resolve("net.zip"));
        ConvNet restored = Architectures.of(net.arch()).restore(directory.resolve("net.zip"));

        assertThat(restored.arch()).isEqualTo(label);
        assertThat(restored.getClass()).isEqualTo(net.getClass());
        assertThat(restored.parameterCount()).isEqualTo(net.parameterCount());
        assertThat(restored.predict(batches.features(0, 8))).isEqualTo(net.predict(batches.features(0, 8)));
    }

    @Test
    void theTrainingLoopTrainsAVariantByItsLabel() {
        ImageShape shape = new ImageShape(3, 16, 16);
        var squares = new SquareDatasets(RunSpecs.parse("""
                {"runId": "run-coordconv", "dataset": {"name": "synthetic-shapes"}, "signal": {"type": "one-pixel"},
                 "seed": 3, "convnet": {"arch": "kdd4", "variant": "coordconv", "epochs": 1}}"""), shape, 4, 64, 16);
        ConvNet net = Architectures.of("kdd4+coordconv").build(shape, 4, Kdd4.QUICK, 3);
        List<EpochReport> reports = new ArrayList<>();

        ConvNetTraining.train(net, squares.dataset(), new TrainingOptions(1, 32, 1e-3, TrainingOptions.Optimizer.ADAM),
                3, 16, reports::add);

        assertThat(reports).singleElement().satisfies(report -> {
            assertThat(report.trainLoss()).isFinite();
            assertThat(report.scores()).containsOnlyKeys(Split.TEST_SPLITS);
        });
    }
}
