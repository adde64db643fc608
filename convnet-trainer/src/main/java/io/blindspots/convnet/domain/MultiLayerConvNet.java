package io.blindspots.convnet.domain;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

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
        return network.numParams();
    }

    @Override
    public double fit(INDArray features, INDArray labels) {
        network.fit(new DataSet(features, labels));
        return network.score();
    }

    @Override
    public INDArray predict(INDArray features) {
        return network.output(features, false);
    }

    /** The DL4J network, for inspection (layer helpers, parameters). */
    public MultiLayerNetwork network() {
        return network;
    }
}
