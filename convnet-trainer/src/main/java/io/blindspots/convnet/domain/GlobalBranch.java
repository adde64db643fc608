package io.blindspots.convnet.domain;

import io.blindspots.events.stream.ImageShape;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.graph.PreprocessorVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;

import java.util.List;

/**
 * The {@code global-branch} remedy: a linear path from the raw input pixels straight into the classifier, beside the
 * convolutions. The softmax layer sees the network's features concatenated with the flattened C×H×W input, so a
 * signal in a few pixels reaches the classifier without having to survive the convolutions and pools. It adds
 * C·H·W·K weights (30,720 on 3×32×32, 10 classes) and nothing else.
 */
final class GlobalBranch {

    static final String INPUT = "input";
    private static final String RAW = "input-flat";
    private static final String MERGED = "global-branch";

    private GlobalBranch() {
    }

    /**
     * Merges the flattened raw input beside {@code features}.
     *
     * @param features a vertex of feed-forward activations (pooled features, or flattened maps)
     * @return the name of the merged vertex, for the output layer
     */
    static String beside(ComputationGraphConfiguration.GraphBuilder graph, String features, ImageShape shape) {
        graph.addVertex(RAW, new PreprocessorVertex(new CnnToFeedForwardPreProcessor(shape.height(), shape.width(),
                        shape.channels(), CNN2DFormat.NCHW)), INPUT)
                .addVertex(MERGED, new MergeVertex(), features, RAW);
        return MERGED;
    }

    /**
     * A layer stack as a graph: the stack on {@link #INPUT}, its last maps flattened and merged with the flattened
     * input, into {@code output}.
     *
     * @param maps the stack's output, as DL4J infers it
     */
    static ComputationGraphConfiguration onStack(NeuralNetConfiguration.Builder settings, ImageShape shape,
                                                 List<Layer> stack, InputType.InputTypeConvolutional maps,
                                                 OutputLayer output) {
        var graph = settings.graphBuilder()
                .addInputs(INPUT)
                .setInputTypes(InputType.convolutional(shape.height(), shape.width(), shape.channels(),
                        CNN2DFormat.NCHW));
        String previous = INPUT;
        for (int i = 0; i < stack.size(); i++) {
            graph.addLayer("layer" + i, stack.get(i), previous);
            previous = "layer" + i;
        }
        graph.addVertex("features", new PreprocessorVertex(new CnnToFeedForwardPreProcessor(maps.getHeight(),
                maps.getWidth(), maps.getChannels(), CNN2DFormat.NCHW)), previous);
        return graph.addLayer("output", output, beside(graph, "features", shape))
                .setOutputs("output")
                .build();
    }
}
