package io.blindspots.convnet.domain;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A ConvNet ready to train, whatever DL4J structure holds it (a layer stack for KDD4, a graph for ResNet-56): the
 * training loop needs only these operations.
 */
public interface ConvNet {

    /**
     * Its architecture's label ({@link ConvNetArchitecture#name()}): a name of
     * {@link io.blindspots.events.Catalog#ARCHS}, or {@code arch+variant} for a remedy of
     * {@link io.blindspots.events.Catalog#VARIANTS}; the model's name in metrics.
     */
    String arch();

    /** Trained parameters: weights, biases, batch-norm scales and shifts (not its running statistics). */
    long parameterCount();

    /**
     * One optimizer step on a mini-batch.
     *
     * @param features NCHW images, or one-hot sequences as symbols × 1 × length images
     * @param labels   one-hot labels, one row per image
     * @return the mean cross-entropy of the mini-batch, as measured by the step's forward pass
     */
    double fit(INDArray features, INDArray labels);

    /** Called before each epoch's first mini-batch (1-based), for learning-rate schedules counted in epochs. */
    default void startEpoch(int epoch) {
    }

    /** Class probabilities, one row per image, in inference mode. */
    INDArray predict(INDArray features);

    /**
     * Writes the network with its updater state (momentum, Adam moments) and iteration count, so that
     * {@link ConvNetArchitecture#restore} continues training exactly where it stopped.
     */
    void save(Path file) throws IOException;
}
