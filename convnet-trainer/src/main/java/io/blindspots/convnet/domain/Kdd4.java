package io.blindspots.convnet.domain;

import io.blindspots.events.stream.ImageShape;
import io.blindspots.events.stream.SampleShape;
import io.blindspots.events.Catalog;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.nio.file.Path;
import java.util.List;

/**
 * The KDD version's 4-layer ConvNet: kernels {5, 3, 3, 2}, feature maps {64, 128, 256, 128}, ReLU between layers,
 * a softmax layer over the K classes. Every convolution is stride 1 with "same" padding; max-pooling 2×2 (stride 2)
 * follows the first two.
 *
 * <pre>
 * layer                         output (3×32×32 in)   parameters
 * conv 5×5 → 64, ReLU           64×32×32                  4,864
 * max-pool 2×2                  64×16×16                      0
 * conv 3×3 → 128, ReLU          128×16×16                73,856
 * max-pool 2×2                  128×8×8                       0
 * conv 3×3 → 256, ReLU          256×8×8                 295,168
 * conv 2×2 → 128, ReLU          128×8×8                 131,200
 * dense softmax → 10            10                       81,930
 * total                                                 587,018  (the paper: "600K")
 * </pre>
 *
 * For 1×28×28 inputs (Fashion-MNIST) the first layer has 1,664 parameters and the dense layer sees 128×7×7, so the
 * total is 564,618.
 *
 * <p>What the KDD paper states, and this network has: filter sizes 5, 3, 3, 2; feature maps 64, 128, 256, 128;
 * ReLU between layers; a fully connected layer classifying the classes (softmax); Torch7. What it does not state,
 * this project's choices: stride 1 and "same" padding, 2×2 max-pooling after the first two convolutions (which
 * gives its "600K" parameters), and the whole training regime of {@code paper}: SGD with Nesterov momentum 0.9,
 * learning rate 0.01, batch 128, 30 epochs, no augmentation (the Torch7 defaults of its time). {@code quick} is
 * Adam, learning rate 1e-3, batch 64 (chosen by measurement, README: on 3,200 images of 10 small patterns at random
 * positions, Adam reached 0.99 test accuracy after 3 epochs where momentum SGD at 0.01 reached 0.23), trained to
 * convergence: a seeded 10 % validation slice, early stopping after 3 epochs without a better validation accuracy,
 * at most 30 epochs.
 *
 * <p>Three remedies of the blindspots are variants of it ({@link Catalog#VARIANTS}; the fourth, {@code coordconv},
 * is {@link CoordConv}'s): {@code no-pooling} drops both max-pools, so the dense layer sees 128×32×32 maps (1,815,818
 * parameters on 3×32×32); {@code all-conv} drops them too but runs the first two convolutions at stride 2 ("same"
 * padding: 64×16×16, then 128×8×8), so every later layer sees the maps it sees as published, and the parameters
 * are the same 587,018, on about two thirds of the arithmetic; {@code global-branch} is a graph whose softmax layer
 * sees the flattened 128×8×8 maps of the last convolution beside the flattened raw input ({@link GlobalBranch};
 * 617,738 parameters on 3×32×32).
 */
public final class Kdd4 implements ConvNetArchitecture {

    static final TrainingOptions QUICK = new TrainingOptions(TrainingOptions.QUICK_MAX_EPOCHS, 64, 1e-3,
            TrainingOptions.Optimizer.ADAM).withEarlyStopping(TrainingOptions.QUICK_VALIDATION_FRACTION,
            TrainingOptions.QUICK_PATIENCE);
    static final TrainingOptions PAPER = new TrainingOptions(30, 128, 0.01, TrainingOptions.Optimizer.NESTEROV_MOMENTUM);

    private final String variant;

    /** The network as published. */
    public Kdd4() {
        this(null);
    }

    /** @param variant null, {@link Catalog#NO_POOLING}, {@link Catalog#GLOBAL_BRANCH} or {@link Catalog#ALL_CONV} */
    Kdd4(String variant) {
        this.variant = Architectures.builtIn(Catalog.KDD4, variant,
                List.of(Catalog.NO_POOLING, Catalog.GLOBAL_BRANCH, Catalog.ALL_CONV));
    }

    @Override
    public String name() {
        return Architectures.label(Catalog.KDD4, variant);
    }

    @Override
    public TrainingOptions preset(String preset) {
        return switch (preset) {
            case Catalog.QUICK -> QUICK;
            case Catalog.PAPER -> PAPER;
            default -> throw new IllegalArgumentException("kdd4 has no preset '" + preset + "'; it has "
                    + Catalog.PRESETS);
        };
    }

    @Override
    public ConvNet build(SampleShape shape, int classes, TrainingOptions options, long seed) {
        ImageShape image = (ImageShape) shape;
        if (Catalog.GLOBAL_BRANCH.equals(variant)) {
            ComputationGraph graph = new ComputationGraph(globalBranch(image, classes, options, seed));
            graph.init();
            return new GraphConvNet(name(), graph);
        }
        MultiLayerNetwork network = new MultiLayerNetwork(configuration(image, classes, options, seed,
                Pooling.of(variant)));
        network.init();
        return new MultiLayerConvNet(name(), network);
    }

    @Override
    public ConvNet restore(Path checkpoint) {
        return Catalog.GLOBAL_BRANCH.equals(variant) ? GraphConvNet.restore(name(), checkpoint)
                : MultiLayerConvNet.restore(name(), checkpoint);
    }

    static MultiLayerConfiguration configuration(ImageShape shape, int classes, TrainingOptions options, long seed) {
        return configuration(shape, classes, options, seed, Pooling.MAX_POOLS);
    }

    /** How the stack downsamples between its first convolutions. */
    enum Pooling {
        /** 2×2 max-pools after the first two convolutions: the network as published. */
        MAX_POOLS,
        /** {@code no-pooling}: none; every convolution sees the full image size. */
        NONE,
        /** {@code all-conv}: the first two convolutions at stride 2 instead of the max-pools after them. */
        STRIDED;

        static Pooling of(String variant) {
            return Catalog.NO_POOLING.equals(variant) ? NONE : Catalog.ALL_CONV.equals(variant) ? STRIDED : MAX_POOLS;
        }
    }

    static MultiLayerConfiguration configuration(ImageShape shape, int classes, TrainingOptions options, long seed,
                                                 Pooling pooling) {
        var list = settings(classes, options, seed).list();
        for (Layer layer : stack(pooling)) {
            list.layer(layer);
        }
        return list.layer(softmax(classes))
                .setInputType(input(shape))
                .build();
    }

    /**
     * {@code global-branch}: the same convolutions and pools, flattened, merged with the flattened raw input, into
     * the same softmax layer.
     */
    static ComputationGraphConfiguration globalBranch(ImageShape shape, int classes, TrainingOptions options,
                                                      long seed) {
        List<Layer> stack = stack(Pooling.MAX_POOLS);
        // The maps the plain network's dense layer sees (128×8×8 on 32×32 images), as DL4J infers them.
        var maps = (InputType.InputTypeConvolutional) configuration(shape, classes, options, seed)
                .getLayerActivationTypes(input(shape)).get(stack.size() - 1);
        return GlobalBranch.onStack(settings(classes, options, seed), shape, stack, maps, softmax(classes));
    }

    private static NeuralNetConfiguration.Builder settings(int classes, TrainingOptions options, long seed) {
        if (classes < 2) {
            throw new IllegalArgumentException("a classifier needs at least 2 classes, got " + classes);
        }
        return new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .weightInit(WeightInit.RELU)
                .updater(options.updater())
                .convolutionMode(ConvolutionMode.Same)
                .trainingWorkspaceMode(WorkspaceMode.ENABLED)
                .inferenceWorkspaceMode(WorkspaceMode.ENABLED);
    }

    private static List<Layer> stack(Pooling pooling) {
        return switch (pooling) {
            case MAX_POOLS -> List.of(convolution(5, 64, 1), maxPool(), convolution(3, 128, 1), maxPool(),
                    convolution(3, 256, 1), convolution(2, 128, 1));
            case NONE -> List.of(convolution(5, 64, 1), convolution(3, 128, 1), convolution(3, 256, 1),
                    convolution(2, 128, 1));
            case STRIDED -> List.of(convolution(5, 64, 2), convolution(3, 128, 2), convolution(3, 256, 1),
                    convolution(2, 128, 1));
        };
    }

    private static OutputLayer softmax(int classes) {
        return new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                .nOut(classes)
                .activation(Activation.SOFTMAX)
                .build();
    }

    private static InputType input(ImageShape shape) {
        return InputType.convolutional(shape.height(), shape.width(), shape.channels(), CNN2DFormat.NCHW);
    }

    private static ConvolutionLayer convolution(int kernel, int maps, int stride) {
        return new ConvolutionLayer.Builder(kernel, kernel)
                .stride(stride, stride)
                .nOut(maps)
                .activation(Activation.RELU)
                .build();
    }

    private static SubsamplingLayer maxPool() {
        return new SubsamplingLayer.Builder(PoolingType.MAX)
                .kernelSize(2, 2)
                .stride(2, 2)
                .build();
    }
}
