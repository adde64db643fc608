package io.blindspots.events;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One measured value, published on {@link Topics#TRAINING_METRICS} keyed by run id. The tuple (run, model, epoch,
 * split, name) identifies it: a replayed event overwrites itself with the same value.
 *
 * @param runId       the run
 * @param model       the model that was measured ({@code kdd4}, {@code decision-tree}, ...)
 * @param epoch       1-based epoch; baselines, fitted once, report epoch 1
 * @param totalEpochs how many epochs the model will train, for progress
 * @param split       the split measured, or null for values of the training process (throughput, fit time)
 * @param name        one of {@link MetricNames}
 * @param value       the value
 * @param timestamp   epoch milliseconds at the source
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MetricEvent(String runId, String model, int epoch, int totalEpochs, Split split, String name,
                          double value, long timestamp) {

    public MetricEvent {
        if (runId == null || model == null || name == null) {
            throw new IllegalArgumentException("a metric event needs runId, model and name");
        }
        if (epoch < 1 || totalEpochs < epoch) {
            throw new IllegalArgumentException("epoch " + epoch + " of " + totalEpochs + " is not a valid progress");
        }
    }

    /** The identity of the measured value: the same key always means the same measurement. */
    public String key() {
        return runId + '/' + model + '/' + epoch + '/' + (split == null ? "-" : split.wireName()) + '/' + name;
    }
}
