package io.blindspots.convnet.domain;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.graph.ScaleVertex;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.nd4j.linalg.activations.Activation;

/**
 * {@link ResNet56}'s building blocks: He et al.'s basic block (conv, BN, ReLU, conv, BN, plus an option-A shortcut,
 * then ReLU), its 3×3 convolutions and batch normalisation.
 */
final class ResNetBlocks {

    private ResNetBlocks() {
    }

    /** One basic block; returns the name of its output vertex. */
    static String block(ComputationGraphConfiguration.GraphBuilder graph, String name, String input,
                                int maps, int stride) {
        graph.addLayer(name + "conv1", convolution(maps, stride), input)
                .addLayer(name + "bn1", batchNorm(Activation.RELU), name + "conv1")
                .addLayer(name + "conv2", convolution(maps, 1), name + "bn1")
                .addLayer(name + "bn2", batchNorm(Activation.IDENTITY), name + "conv2");
        String shortcut = input;
        if (stride != 1) {
            // Option A: subsample, then pad the doubled maps with zeros. No parameters, as in the paper's CIFAR nets.
            graph.addLayer(name + "subsample", new SubsamplingLayer.Builder(PoolingType.MAX)
                            .kernelSize(1, 1)
                            .stride(stride, stride)
                            .build(), input)
                    .addVertex(name + "zeros", new ScaleVertex(0), name + "subsample")
                    .addVertex(name + "shortcut", new MergeVertex(), name + "subsample", name + "zeros");
            shortcut = name + "shortcut";
        }
        graph.addVertex(name + "sum", new ElementWiseVertex(ElementWiseVertex.Op.Add), name + "bn2", shortcut)
                .addLayer(name + "relu", new ActivationLayer(Activation.RELU), name + "sum");
        return name + "relu";
    }

    /**
     * A 3×3 convolution without bias. Stride 1 uses "same" mode (one pixel each side for a 3×3 kernel); stride 2 is
     * padded one pixel on each side explicitly, as the original: DL4J's "same" mode pads a stride-2 convolution on
     * the bottom and right only, which centres its outputs one pixel off the option-A shortcut's subsampled inputs.
     */
    static ConvolutionLayer convolution(int maps, int stride) {
        ConvolutionLayer.Builder builder = new ConvolutionLayer.Builder(3, 3)
                .stride(stride, stride)
                .nOut(maps)
                .hasBias(false)
                .activation(Activation.IDENTITY);
        if (stride != 1) {
            builder.convolutionMode(ConvolutionMode.Truncate).padding(1, 1);
        }
        return builder.build();
    }

    static BatchNormalization batchNorm(Activation activation) {
        return new BatchNormalization.Builder().activation(activation).build();
    }
}
