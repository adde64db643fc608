package io.blindspots.convnet.domain;

import io.blindspots.events.Catalog;
import io.blindspots.events.stream.SampleShape;
import io.blindspots.events.stream.SequenceShape;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.distribution.NormalDistribution;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.nd4j.linalg.schedule.MapSchedule;
import org.nd4j.linalg.schedule.ScheduleType;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Zhang, Zhao and LeCun's (2015) character-level ConvNets, small and large: six 1-D convolutions (kernels 7, 7, 3, 3,
 * 3, 3, no padding, stride 1, ReLU) of 256 (small) or 1024 (large) frames, max-pooling 3 (stride 3) after
 * convolutions 1, 2 and 6, two fully connected ReLU layers of 1024 / 2048 units each followed by dropout 0.5 (so
 * dropout sits between the three linear layers, as Zhang et al. put it), and a softmax over the K classes; weights drawn from N(0, 0.05) (small) or N(0, 0.02) (large).
 *
 * <p>Input: each position's code one-hot over the alphabet, 70 channels × 1014 positions for Zhang's encoding, laid
 * out as a 70 × 1 × 1014 image so that the 1-D convolutions and poolings are DL4J's 2-D ones with 1 × k kernels
 * (oneDNN's fastest path, and the flattening before the dense layers is the image networks');
 * code 0 (space, unknown, padding) is the all-zero vector, as Zhang quantised it, so it has no channel of its own
 * ({@link MiniBatches}). With 1014 positions the last convolution leaves 34 frames:
 * small 11,340,805 parameters, large 95,942,661 (5 classes).
 *
 * <p>Presets: {@code paper} is Zhang's: SGD with plain momentum 0.9 (Torch's, {@link PlainMomentum}), batch 128,
 * learning rate 0.01 halved every 3 epochs, 10 times (30 epochs). {@code quick} is Adam 5e-4, batch 64, trained to
 * convergence as the image networks' quick presets (validation slice, patience, epoch cap). Dropout draws random numbers while training, so a run
 * resumed from a checkpoint is not bit-identical to one that never stopped (it is for the image networks).
 */
public final class CharCnn implements ConvNetArchitecture {

    /** The quick presets' convergence rule, as kdd4's and resnet56's: a validation slice, patience, an epoch cap. */
    static final TrainingOptions QUICK = new TrainingOptions(TrainingOptions.QUICK_MAX_EPOCHS, 64, 5e-4,
            TrainingOptions.Optimizer.ADAM).withEarlyStopping(TrainingOptions.QUICK_VALIDATION_FRACTION,
            TrainingOptions.QUICK_PATIENCE);
    static final TrainingOptions PAPER = new TrainingOptions(30, 128, 0.01, TrainingOptions.Optimizer.MOMENTUM);
    static final int HALVING_EPOCHS = 3;
    /** DL4J's dropOut(p) keeps each input with probability p: Zhang's dropout probability 0.5. */
    static final double RETAIN = 0.5;
    static final int HALVINGS = 10;
    private static final int[] KERNELS = {7, 7, 3, 3, 3, 3};
    private static final Set<Integer> POOLED_AFTER = Set.of(0, 1, 5);
    private static final int POOL = 3;

    private final String name;
    private final int frames;
    private final int units;
    private final double initStd;

    private CharCnn(String name, int frames, int units, double initStd) {
        this.name = name;
        this.frames = frames;
        this.units = units;
        this.initStd = initStd;
    }

    public static CharCnn small() {
        return new CharCnn(Catalog.CHAR_CNN_SMALL, 256, 1024, 0.05);
    }

    public static CharCnn large() {
        return new CharCnn(Catalog.CHAR_CNN_LARGE, 1024, 2048, 0.02);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<String> takes() {
        return Set.of(SequenceShape.KIND);
    }

    @Override
    public TrainingOptions preset(String preset) {
        return switch (preset) {
            case Catalog.QUICK -> QUICK;
            case Catalog.PAPER -> PAPER;
            default -> throw new IllegalArgumentException(name + " has no preset '" + preset + "'; it has "
                    + Catalog.PRESETS);
        };
    }

    @Override
    public ConvNet build(SampleShape shape, int classes, TrainingOptions options, long seed) {
        MultiLayerNetwork network = new MultiLayerNetwork(configuration(shape, classes, options, seed));
        network.init();
        return new MultiLayerConvNet(name, network);
    }

    @Override
    public ConvNet restore(Path checkpoint) {
        return MultiLayerConvNet.restore(name, checkpoint);
    }

    MultiLayerConfiguration configuration(SampleShape shape, int classes, TrainingOptions options, long seed) {
        if (!(shape instanceof SequenceShape sequence)) {
            throw new IllegalArgumentException(name + " takes sequences; got " + shape.kind() + " (" + shape + ")");
        }
        if (classes < 2) {
            throw new IllegalArgumentException("a classifier needs at least 2 classes, got " + classes);
        }
        var layers = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .weightInit(new NormalDistribution(0, initStd))
                .updater(updater(options))
                .convolutionMode(ConvolutionMode.Truncate)
                .trainingWorkspaceMode(WorkspaceMode.ENABLED)
                .inferenceWorkspaceMode(WorkspaceMode.ENABLED)
                .list();
        for (int i = 0; i < KERNELS.length; i++) {
            layers.layer(new ConvolutionLayer.Builder(1, KERNELS[i]).stride(1, 1).nOut(frames)
                    .activation(Activation.RELU).build());
            if (POOLED_AFTER.contains(i)) {
                layers.layer(new SubsamplingLayer.Builder(PoolingType.MAX).kernelSize(1, POOL).stride(1, POOL)
                        .build());
            }
        }
        return layers
                // DL4J's dropOut acts on a layer's input: Zhang's two dropouts sit between the three linear layers,
                // so on the inputs of the second dense layer and of the output layer, not on the convolutions' output
                .layer(new DenseLayer.Builder().nOut(units).activation(Activation.RELU).build())
                .layer(new DenseLayer.Builder().nOut(units).activation(Activation.RELU).dropOut(RETAIN).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(classes)
                        .activation(Activation.SOFTMAX).dropOut(RETAIN).build())
                .setInputType(InputType.convolutional(1, sequence.length(), sequence.alphabet().length(),
                        CNN2DFormat.NCHW))
                .build();
    }

    /**
     * The preset's optimizer; for momentum SGD Zhang's schedule: the rate halved every {@value #HALVING_EPOCHS}
     * epochs, {@value #HALVINGS} times (DL4J counts the epochs {@link ConvNet#startEpoch} sets).
     */
    static IUpdater updater(TrainingOptions options) {
        if (options.optimizer() == TrainingOptions.Optimizer.ADAM) {
            return new Adam(options.learningRate());
        }
        Map<Integer, Double> rates = new TreeMap<>();
        for (int h = 0; h <= HALVINGS; h++) {
            rates.put(h * HALVING_EPOCHS, options.learningRate() / Math.pow(2, h));
        }
        return new PlainMomentum(options.learningRate(), new MapSchedule(ScheduleType.EPOCH, rates),
                TrainingOptions.MOMENTUM);
    }
}
