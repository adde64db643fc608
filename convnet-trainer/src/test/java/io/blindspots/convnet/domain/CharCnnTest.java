package io.blindspots.convnet.domain;

import io.blindspots.events.Catalog;
import io.blindspots.events.RunSpecs;
import io.blindspots.events.Split;
import io.blindspots.events.stream.ImageShape;
import io.blindspots.events.stream.SampleShape;
import io.blindspots.events.stream.SequenceShape;
import io.blindspots.events.stream.StreamHeader;
import io.blindspots.runtime.stream.ReceivedDataset;
import io.blindspots.runtime.stream.SplitData;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CharCnnTest {

    /** Zhang et al.'s alphabet: 70 symbols; code 0 is no symbol. */
    private static final SequenceShape ZHANG = SequenceShape.ZHANG_2015;

    @Test
    void theSmallNetworkHasZhangsLayersAndElevenMillionParameters() {
        ConvNet net = CharCnn.small().build(ZHANG, 5, CharCnn.QUICK, 1);

        // conv 70·7·256+256, 256·7·256+256, 4 × (256·3·256+256); 34 frames left: fc 8704·1024+1024, 1024·1024+1024,
        // softmax 1024·5+5
        assertThat(net.parameterCount()).isEqualTo(125_696 + 459_008 + 4 * 196_864 + 8_913_920 + 1_049_600 + 5_125)
                .isEqualTo(11_340_805);
    }

    @Test
    void theLargeNetworkHasNinetySixMillionParameters() {
        // counted from the configuration: initialising 96 million weights is not worth a unit test's memory
        MultiLayerConfiguration conf = CharCnn.large().configuration(ZHANG, 5, CharCnn.QUICK, 1);
        long count = 0;
        for (int i = 0; i < conf.getConfs().size(); i++) {
            count += conf.getConf(i).getLayer().initializer().numParams(conf.getConf(i));
        }

        assertThat(count).isEqualTo(502_784 + 7_341_056 + 4 * 3_146_752 + 71_305_216 + 4_196_352 + 10_245)
                .isEqualTo(95_942_661);
    }

    @Test
    void initialWeightsAreGaussianWithZhangsDeviation() {
        var net = (MultiLayerConvNet) CharCnn.small().build(ZHANG, 5, CharCnn.QUICK, 1);
        INDArray firstWeights = net.network().getLayer(0).getParam("W");

        assertThat(firstWeights.meanNumber().doubleValue()).isCloseTo(0, org.assertj.core.data.Offset.offset(0.002));
        assertThat(firstWeights.stdNumber().doubleValue()).isCloseTo(0.05, org.assertj.core.data.Offset.offset(0.002));
    }

    @Test
    void fitsAMiniBatchOfOneHotTextsAndPredictsEveryClass() {
        var net = (MultiLayerConvNet) CharCnn.small().build(ZHANG, 5, CharCnn.QUICK, 3);
        SplitData texts = texts(4, 7);
        MiniBatches batches = new MiniBatches(texts, ZHANG, 5);
        int[] order = {0, 1, 2, 3};
        INDArray before = net.network().params().dup();

        double loss = net.fit(batches.features(order, 0, 4), batches.labels(order, 0, 4));

        assertThat(loss).isFinite().isPositive();
        assertThat(net.network().params()).isNotEqualTo(before);
        assertThat(net.predict(batches.features(0, 2)).shape()).containsExactly(2, 5);
    }

    @Test
    void oneHotEncodesCodeCInChannelCMinusOneAndCodeZeroAsNoChannel() {
        SequenceShape shape = new SequenceShape(4, "abc");
        SplitData data = new SplitData(new int[] {1}, new float[] {0, 1, 3, 2}, 4);

        INDArray features = new MiniBatches(data, shape, 2).features(0, 1);

        assertThat(features.shape()).containsExactly(1, 3, 1, 4);
        assertThat(features.reshape(12).toFloatVector()).containsExactly(0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0);
    }

    @Test
    void dropoutSitsBetweenTheThreeLinearLayersAsZhangPutIt() {
        MultiLayerConfiguration conf = CharCnn.small().configuration(ZHANG, 5, CharCnn.QUICK, 1);
        int layers = conf.getConfs().size();

        assertThat(conf.getConf(layers - 3).getLayer().getIDropout()).as("first dense: none on the convolutions")
                .isNull();
        assertThat(conf.getConf(layers - 2).getLayer().getIDropout()).as("second dense").isNotNull();
        assertThat(conf.getConf(layers - 1).getLayer().getIDropout()).as("output").isNotNull();
    }

    @Test
    void thePaperPresetIsPlainMomentumHalvingTheRateEveryThreeEpochsTenTimes() {
        var updater = CharCnn.updater(CharCnn.PAPER);

        assertThat(updater).isInstanceOf(PlainMomentum.class);
        assertThat(updater.getLearningRate(0, 0)).isEqualTo(0.01);
        assertThat(updater.getLearningRate(0, 2)).isEqualTo(0.01);
        assertThat(updater.getLearningRate(0, 3)).isEqualTo(0.005);
        assertThat(updater.getLearningRate(0, 29)).isEqualTo(0.01 / 512);
        assertThat(updater.getLearningRate(0, 40)).isEqualTo(0.01 / 1024);
        assertThat(CharCnn.PAPER.batchSize()).isEqualTo(128);
        assertThat(CharCnn.PAPER.epochs()).isEqualTo(30);
    }

    @Test
    void eachNetworkRefusesTheOtherKindOfSampleNamingItselfAndTheDataset() {
        assertThatThrownBy(() -> ConvNetArchitecture.input(Architectures.of(Catalog.KDD4), dataset(ZHANG)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kdd4 takes samples of [image]")
                .hasMessageContaining("'synthetic-text'").hasMessageContaining("sequence");
        assertThatThrownBy(() -> ConvNetArchitecture.input(Architectures.of(Catalog.CHAR_CNN_SMALL),
                dataset(new ImageShape(3, 32, 32)))).hasMessageContaining("char-cnn-small takes samples of [sequence]")
                .hasMessageContaining("'synthetic-text'").hasMessageContaining("3x32x32");
        assertThat(ConvNetArchitecture.input(Architectures.of(Catalog.CHAR_CNN_LARGE), dataset(ZHANG)))
                .isEqualTo(ZHANG);
    }

    private static ReceivedDataset dataset(SampleShape shape) {
        var spec = RunSpecs.complete(RunSpecs.parse("{\"dataset\": {\"name\": \"synthetic-text\"},"
                + " \"signal\": {\"type\": \"none\"}, \"baselines\": [\"decision-tree\"]}"));
        return new ReceivedDataset(new StreamHeader(spec.runId(), spec, shape, List.of("a", "b"),
                Map.of(Split.TRAIN, 0)), Map.of());
    }

    private static SplitData texts(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] codes = new float[count * ZHANG.length()];
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = i % 5;
            for (int p = 0; p < 300; p++) {
                codes[i * ZHANG.length() + p] = random.nextInt(ZHANG.symbols());
            }
        }
        return new SplitData(labels, codes, ZHANG.length());
    }
}
