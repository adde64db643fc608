package io.blindspots.convnet.domain;

import io.blindspots.events.stream.ImageShape;
import io.blindspots.events.stream.SampleShape;
import io.blindspots.events.Catalog;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.nio.file.Path;
import java.util.List;

/**
 * ResNet-56, the CIFAR variant of He et al. 2016 (section 4.2): 6n+2 layers with n = 9. Every convolution is 3×3,
 * without bias (batch normalisation follows it), "same" padding.
 *
 * <pre>
 * stage                          output (3×32×32 in)   trainable parameters
 * conv 3×3 → 16, BN, ReLU         16×32×32                     464
 * 9 blocks of 16 maps             16×32×32                  42,048
 * 9 blocks of 32 maps (stride 2)  32×16×16                 162,432
 * 9 blocks of 64 maps (stride 2)  64×8×8                   647,424
 * global average pool             64                             0
 * dense softmax → 10              10                           650
 * total                                                    853,018  (the paper: "0.85M")
 * </pre>
 *
 * A block is conv, BN, ReLU, conv, BN, plus its shortcut, then ReLU. Shortcuts are identities, "option A": where a
 * stage halves the size and doubles the maps, the shortcut takes every second pixel (max-pool 1×1, stride 2) and
 * pads the new maps with zeros (the subsampled input scaled by 0, concatenated), so the network has no projection
 * parameters. DL4J keeps each BN layer's running mean and variance in its parameter vector too (2 × 2,032 more
 * values); {@link ConvNet#parameterCount()} counts only what is trained. On 1×28×28 inputs the first convolution has
 * 144 weights instead of 432 (852,730 in all) and the stages see 28, 14 and 7 pixels.
 *
 * <p>Presets: {@code paper} is He et al. 2016's CIFAR regime: SGD with plain momentum 0.9 ({@link PlainMomentum}),
 * learning rate 0.1 divided by 10 at 50 % and 75 % of the planned iterations (so the drops scale with {@code epochs}:
 * 164 epochs of 50,000 images are their 64k iterations, drops at 32k and 48k), weight decay 1e-4, batch 128, the
 * training images' per-pixel mean subtracted from every split, and <b>no data augmentation</b>, unlike He et al.:
 * random crops and flips would move the injected pixels, or destroy a signal that lives at one position, and the
 * question is whether the net can see the signal. {@code quick} is Adam, learning rate 1e-3, batch 64, with the quick
 * presets' early stopping (10 % validation slice, patience 3, at most 30 epochs).
 *
 * <p>Variants ({@link Catalog#VARIANTS}; {@code coordconv} is {@link CoordConv}'s): {@code no-pooling} drops the
 * global average pool, so the softmax layer sees the flattened 64×8×8 maps; {@code global-branch} feeds the softmax
 * layer the 64 pooled features beside the flattened raw input ({@link GlobalBranch}).
 */
public final class ResNet56 implements ConvNetArchitecture {

    static final int BLOCKS_PER_STAGE = 9;
    static final int[] STAGE_MAPS = {16, 32, 64};

    static final TrainingOptions QUICK = new TrainingOptions(TrainingOptions.QUICK_MAX_EPOCHS, 64, 1e-3,
            TrainingOptions.Optimizer.ADAM).withEarlyStopping(TrainingOptions.QUICK_VALIDATION_FRACTION,
            TrainingOptions.QUICK_PATIENCE);
    /** 164 epochs of 50,000 images at batch 128 are He et al.'s 64k iterations, with the drops at 32k and 48k. */
    static final int PAPER_EPOCHS = 164;
    static final TrainingOptions PAPER = new TrainingOptions(PAPER_EPOCHS, 128, 0.1,
            TrainingOptions.Optimizer.MOMENTUM, 1e-4, List.of(), TrainingOptions.NO_ITERATION_LIMIT)
            .withDropsAt(List.of(0.5, 0.75)).withPixelMeanSubtraction();

    private final String variant;

    /** The network as published. */
    public ResNet56() {
        this(null);
    }

    /** @param variant null, {@link Catalog#NO_POOLING} or {@link Catalog#GLOBAL_BRANCH} */
    ResNet56(String variant) {
        this.variant = Architectures.builtIn(Catalog.RESNET56, variant,
                List.of(Catalog.NO_POOLING, Catalog.GLOBAL_BRANCH));
    }

    @Override
    public String name() {
        return Architectures.label(Catalog.RESNET56, variant);
    }

    @Override
    public TrainingOptions preset(String preset) {
        return switch (preset) {
            case Catalog.QUICK -> QUICK;
            case Catalog.PAPER -> PAPER;
            default -> throw new IllegalArgumentException("resnet56 has no preset '" + preset + "'; it has "
                    + Catalog.PRESETS);
        };
    }

    @Override
    public ConvNet build(SampleShape shape, int classes, TrainingOptions options, long seed) {
        var graph = new ComputationGraph(configuration((ImageShape) shape, classes, options, seed, variant));
        graph.init();
        return new GraphConvNet(name(), graph);
    }

    @Override
    public ConvNet restore(Path checkpoint) {
        return GraphConvNet.restore(name(), checkpoint);
    }

    static ComputationGraphConfiguration configuration(ImageShape shape, int classes, TrainingOptions options,
                                                       long seed) {
        return configuration(shape, classes, options, seed, null);
    }

    /** @param variant null, {@link Catalog#NO_POOLING} or {@link Catalog#GLOBAL_BRANCH} */
    static ComputationGraphConfiguration configuration(ImageShape shape, int classes, TrainingOptions options,
                                                       long seed, String variant) {
        if (classes < 2) {
            throw new IllegalArgumentException("a classifier needs at least 2 classes, got " + classes);
        }
        var graph = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .weightInit(WeightInit.RELU)
                .updater(options.updater())
                .l2(options.weightDecay())
                .convolutionMode(ConvolutionMode.Same)
                .trainingWorkspaceMode(WorkspaceMode.ENABLED)
                .inferenceWorkspaceMode(WorkspaceMode.ENABLED)
                .graphBuilder()
                .addInputs(GlobalBranch.INPUT)
                .setInputTypes(InputType.convolutional(shape.height(), shape.width(), shape.channels(),
                        CNN2DFormat.NCHW));
        graph.addLayer("stem-conv", ResNetBlocks.convolution(STAGE_MAPS[0], 1), GlobalBranch.INPUT)
                .addLayer("stem-bn", ResNetBlocks.batchNorm(Activation.RELU), "stem-conv");
        String previous = "stem-bn";
        for (int stage = 0; stage < STAGE_MAPS.length; stage++) {
            for (int block = 0; block < BLOCKS_PER_STAGE; block++) {
                int stride = stage > 0 && block == 0 ? 2 : 1;
                previous = ResNetBlocks.block(graph, "s%d-b%d-".formatted(stage + 1, block + 1), previous,
                        STAGE_MAPS[stage], stride);
            }
        }
        if (!Catalog.NO_POOLING.equals(variant)) {
            graph.addLayer("pool", new GlobalPoolingLayer.Builder(PoolingType.AVG).build(), previous);
            previous = "pool";
        }
        // Without the pool, DL4J flattens the 64×8×8 maps for the output layer itself.
        String features = Catalog.GLOBAL_BRANCH.equals(variant) ? GlobalBranch.beside(graph, previous, shape)
                : previous;
        return graph.addLayer("output", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                        .nOut(classes)
                        .activation(Activation.SOFTMAX)
                        .build(), features)
                .setOutputs("output")
                .build();
    }
}
