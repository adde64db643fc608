package io.blindspots.convnet.domain;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A ConvNet ready to train, whatever DL4J structure holds it (a layer stack for KDD4, a graph for ResNet-56): the
 * training loop needs only these three operations.
 */
public interface ConvNet {

    /** The architecture's name, as in {@link io.blindspots.events.Catalog#ARCHS}. */
    String arch();

    long parameterCount();

    /**
     * One optimizer step on a mini-batch.
     *
     * @param features NCHW images
     * @param labels   one-hot labels, one row per image
     * @return the mean cross-entropy of the mini-batch, as measured by the step's forward pass
     */
    double fit(INDArray features, INDArray labels);

    /** Class probabilities, one row per image, in inference mode. */
    INDArray predict(INDArray features);
}
