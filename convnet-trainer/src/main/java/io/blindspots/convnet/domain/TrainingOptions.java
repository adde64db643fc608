package io.blindspots.convnet.domain;

import io.blindspots.events.ConvNetSpec;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;

/**
 * How a ConvNet is trained: a preset of its architecture ({@link ConvNetArchitecture#preset}) with the spec's
 * overrides applied. No data augmentation, ever: crops and flips would move or destroy the injected signals.
 *
 * @param epochs       passes over the training split
 * @param batchSize    images per mini-batch
 * @param learningRate the optimizer's (constant) learning rate
 * @param optimizer    the update rule
 */
public record TrainingOptions(int epochs, int batchSize, double learningRate, Optimizer optimizer) {

    /** Update rules the presets use. */
    public enum Optimizer {
        /** SGD with Nesterov momentum 0.9: DL4J's only momentum SGD, the paper's regime. */
        NESTEROV_MOMENTUM,
        /** Adam (beta1 0.9, beta2 0.999). */
        ADAM
    }

    public static final double MOMENTUM = 0.9;

    public TrainingOptions {
        if (epochs < 1 || batchSize < 1 || !(learningRate > 0) || optimizer == null) {
            throw new IllegalArgumentException("invalid training options: epochs " + epochs + ", batch size "
                    + batchSize + ", learning rate " + learningRate + ", optimizer " + optimizer);
        }
    }

    /** These options with the spec's non-null epochs, batch size and learning rate in place of the preset's. */
    public TrainingOptions overriddenBy(ConvNetSpec spec) {
        return new TrainingOptions(
                spec.epochs() == null ? epochs : spec.epochs(),
                spec.batchSize() == null ? batchSize : spec.batchSize(),
                spec.learningRate() == null ? learningRate : spec.learningRate(),
                optimizer);
    }

    /** The DL4J updater of these options. */
    public IUpdater updater() {
        return switch (optimizer) {
            case NESTEROV_MOMENTUM -> new Nesterovs(learningRate, MOMENTUM);
            case ADAM -> new Adam(learningRate);
        };
    }
}
