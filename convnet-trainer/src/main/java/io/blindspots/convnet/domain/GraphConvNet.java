package io.blindspots.convnet.domain;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** A {@link ConvNet} that is a graph of layers and vertices (ResNet-56's shortcuts). */
public final class GraphConvNet implements ConvNet {

    private final String arch;
    private final ComputationGraph graph;

    public GraphConvNet(String arch, ComputationGraph graph) {
        this.arch = arch;
        this.graph = graph;
    }

    /** The network {@link #save} wrote, with its updater state and iteration count. */
    static GraphConvNet restore(String arch, Path file) {
        try {
            return new GraphConvNet(arch, ModelSerializer.restoreComputationGraph(file.toFile(), true));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore " + arch + " from " + file, e);
        }
    }

    @Override
    public String arch() {
        return arch;
    }

    @Override
    public long parameterCount() {
        return ParameterCounts.trainable(graph.getLayers());
    }

    @Override
    public double fit(INDArray features, INDArray labels) {
        graph.fit(new DataSet(features, labels));
        return graph.score();
    }

    @Override
    public INDArray predict(INDArray features) {
        return graph.outputSingle(false, features);
    }

    @Override
    public void save(Path file) throws IOException {
        ModelSerializer.writeModel(graph, file.toFile(), true);
    }

    /** The DL4J graph, for inspection (layer helpers, parameters). */
    public ComputationGraph graph() {
        return graph;
    }
}
