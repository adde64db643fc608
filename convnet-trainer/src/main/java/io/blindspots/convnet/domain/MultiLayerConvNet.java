package io.blindspots.convnet.domain;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** A {@link ConvNet} that is a plain stack of layers. */
public final class MultiLayerConvNet implements ConvNet {

    private final String arch;
    private final MultiLayerNetwork network;

    public MultiLayerConvNet(String arch, MultiLayerNetwork network) {
        this.arch = arch;
        this.network = network;
    }

    @Override
    public String arch() {
        return arch;
    }

    @Override
    public long parameterCount() {
        return ParameterCounts.trainable(network.getLayers());
    }

    @Override
    public double fit(INDArray features, INDArray labels) {
        network.fit(new DataSet(features, labels));
        return network.score();
    }

    @Override
    public void startEpoch(int epoch) {
        network.setEpochCount(epoch - 1);
    }

    @Override
    public INDArray predict(INDArray features) {
        return network.output(features, false);
    }

    @Override
    public void save(Path file) throws IOException {
        ModelSerializer.writeModel(network, file.toFile(), true);
    }

    /** The network {@link #save} wrote, with its updater state and iteration count. */
    static MultiLayerConvNet restore(String arch, Path file) {
        try {
            return new MultiLayerConvNet(arch, ModelSerializer.restoreMultiLayerNetwork(file.toFile(), true));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore " + arch + " from " + file, e);
        }
    }

    /** The DL4J network, for inspection (layer helpers, parameters). */
    public MultiLayerNetwork network() {
        return network;
    }
}
