package io.blindspots.baseline.domain;

import io.blindspots.events.Split;
import io.blindspots.runtime.domain.SplitScores;
import io.blindspots.runtime.stream.SplitData;

import java.util.OptionalDouble;

/** Scores a fitted model on a test split, predicting a chunk of images at a time to bound memory. */
public final class Evaluation {

    private final int chunkRows;

    public Evaluation(int chunkRows) {
        if (chunkRows < 1) {
            throw new IllegalArgumentException("prediction chunk of " + chunkRows + " rows");
        }
        this.chunkRows = chunkRows;
    }

    public SplitScores score(FittedModel model, Split split, SplitData data, int classCount) {
        return SplitScores.of(split, data.labels(), predict(model, data), classCount, OptionalDouble.empty());
    }

    int[] predict(FittedModel model, SplitData data) {
        int[] predictions = new int[data.count()];
        for (int from = 0; from < data.count(); from += chunkRows) {
            int to = Math.min(data.count(), from + chunkRows);
            int[] chunk = model.predict(Features.rows(data, from, to));
            if (chunk.length != to - from) {
                throw new IllegalStateException("the model gave " + chunk.length + " predictions for " + (to - from)
                        + " images");
            }
            System.arraycopy(chunk, 0, predictions, from, chunk.length);
        }
        return predictions;
    }
}
