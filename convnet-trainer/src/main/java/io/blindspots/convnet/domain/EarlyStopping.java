package io.blindspots.convnet.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Early stopping on the validation slice: the best epoch is the first with the highest validation accuracy, and
 * training stops once {@code patience} epochs in a row have not beaten it. With patience 0, or without a validation
 * slice, training runs to the epoch cap. The history is what a checkpoint keeps, so a resumed run stops where an
 * uninterrupted one would.
 */
public final class EarlyStopping {

    private final int patience;
    private final List<Double> history;

    /** @param history the validation accuracy of each epoch so far (epoch 1 first) */
    public EarlyStopping(int patience, List<Double> history) {
        if (patience < 0) {
            throw new IllegalArgumentException("patience must be >= 0, not " + patience);
        }
        this.patience = patience;
        this.history = new ArrayList<>(history);
    }

    public void record(double validationAccuracy) {
        history.add(validationAccuracy);
    }

    /** The first epoch with the highest validation accuracy; 0 before any. */
    public int bestEpoch() {
        int best = 0;
        for (int i = 0; i < history.size(); i++) {
            if (best == 0 || history.get(i) > history.get(best - 1)) {
                best = i + 1;
            }
        }
        return best;
    }

    /** True once {@code patience} epochs since the best one have not improved on it. */
    public boolean shouldStop() {
        return patience > 0 && !history.isEmpty() && history.size() - bestEpoch() >= patience;
    }

    public List<Double> history() {
        return List.copyOf(history);
    }
}
