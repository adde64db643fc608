package io.blindspots.runtime.domain;

import io.blindspots.events.MetricNames;
import io.blindspots.events.Split;

/**
 * What a trainer tells the rest of the system about one run while it trains it: model lifecycle events and measured
 * values. Sends are asynchronous and safe from any thread; {@link #acknowledged()} says whether the broker has all
 * of them, which is what a run must wait for before it counts as done (or a trainer before it checkpoints).
 */
public interface RunReporter {

    String runId();

    void modelStarted(String model);

    void modelFinished(String model);

    void modelFailed(String model, String reason);

    /**
     * One measured value of a model.
     *
     * @param split null for values of the training process (throughput, fit time)
     */
    void metric(String model, int epoch, int totalEpochs, Split split, String name, double value);

    /** Waits until the broker has acknowledged everything reported so far; false when it did not in time. */
    boolean acknowledged();

    /**
     * A split's scores as the metric names every trainer uses: accuracy, loss when measured, signal reliance
     * (conflict) and its yardstick, chance reliance (clean).
     */
    default void scores(String model, int epoch, int totalEpochs, SplitScores scores) {
        metric(model, epoch, totalEpochs, scores.split(), MetricNames.ACCURACY, scores.accuracy());
        scores.loss().ifPresent(l -> metric(model, epoch, totalEpochs, scores.split(), MetricNames.LOSS, l));
        scores.signalReliance().ifPresent(r ->
                metric(model, epoch, totalEpochs, scores.split(), MetricNames.SIGNAL_RELIANCE, r));
        scores.chanceReliance().ifPresent(r ->
                metric(model, epoch, totalEpochs, scores.split(), MetricNames.CHANCE_RELIANCE, r));
    }
}
