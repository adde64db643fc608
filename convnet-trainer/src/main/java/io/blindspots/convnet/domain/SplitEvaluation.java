package io.blindspots.convnet.domain;

import io.blindspots.events.Split;
import io.blindspots.events.stream.SampleShape;
import io.blindspots.runtime.domain.SplitScores;
import io.blindspots.runtime.stream.SplitData;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.OptionalDouble;

/** Scores a network on a test split: batched inference, arg-max predictions, mean cross-entropy. */
public final class SplitEvaluation {

    /** Floor on a predicted probability, so a confident mistake costs a large but finite loss. */
    static final double MIN_PROBABILITY = 1e-7;

    private SplitEvaluation() {
    }

    public static SplitScores evaluate(ConvNet net, Split split, SplitData data, SampleShape shape, int classes,
                                       int batchSize) {
        return evaluate(net, split, data, shape, classes, batchSize, null);
    }

    /** @param mean the training images' per-pixel mean, subtracted from every image (null: none) */
    public static SplitScores evaluate(ConvNet net, Split split, SplitData data, SampleShape shape, int classes,
                                       int batchSize, float[] mean) {
        MiniBatches batches = new MiniBatches(data, shape, classes, mean);
        int[] labels = data.labels();
        int[] predictions = new int[labels.length];
        double lossSum = 0;
        for (int from = 0; from < labels.length; from += batchSize) {
            int to = Math.min(from + batchSize, labels.length);
            INDArray probabilities = net.predict(batches.features(from, to));
            float[][] rows = probabilities.toFloatMatrix();
            for (int i = from; i < to; i++) {
                float[] p = rows[i - from];
                predictions[i] = argMax(p);
                lossSum -= Math.log(Math.max(p[labels[i]], MIN_PROBABILITY));
            }
        }
        double loss = labels.length == 0 ? 0 : lossSum / labels.length;
        return SplitScores.of(split, labels, predictions, classes, OptionalDouble.of(loss));
    }

    static int argMax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
