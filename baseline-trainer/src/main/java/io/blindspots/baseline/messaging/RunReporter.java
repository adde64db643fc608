package io.blindspots.baseline.messaging;

import io.blindspots.baseline.domain.RunListener;
import io.blindspots.baseline.domain.SplitScores;
import io.blindspots.baseline.metrics.BaselineMetrics;
import io.blindspots.events.MetricEvent;
import io.blindspots.events.MetricNames;
import io.blindspots.events.RunEvent;
import io.blindspots.events.Split;
import org.jboss.logging.Logger;

import java.time.Duration;

/** One run's progress turned into run events, metric events (epoch 1 of 1: a baseline is fitted once) and meters. */
final class RunReporter implements RunListener {

    private static final Logger LOG = Logger.getLogger(RunReporter.class);

    private final String runId;
    private final TrainingPublisher publisher;
    private final BaselineMetrics meters;

    RunReporter(String runId, TrainingPublisher publisher, BaselineMetrics meters) {
        this.runId = runId;
        this.publisher = publisher;
        this.meters = meters;
    }

    @Override
    public void modelStarted(String model) {
        publisher.runEvent(runId, RunEvent.Type.MODEL_STARTED, model, null);
    }

    @Override
    public void modelFitted(String model, Duration fitTime, int trainingRows) {
        LOG.infof("run %s: %s fitted on %d images in %.2f s", runId, model, trainingRows, seconds(fitTime));
        meters.fitted(model, fitTime);
        metric(model, null, MetricNames.FIT_SECONDS, seconds(fitTime));
    }

    @Override
    public void splitScored(String model, SplitScores scores) {
        LOG.infof("run %s: %s accuracy %.4f on %s%s", runId, model, scores.accuracy(), scores.split(),
                scores.signalReliance().isPresent() ? ", signal reliance %.4f".formatted(
                        scores.signalReliance().getAsDouble()) : "");
        metric(model, scores.split(), MetricNames.ACCURACY, scores.accuracy());
        scores.signalReliance().ifPresent(r -> metric(model, scores.split(), MetricNames.SIGNAL_RELIANCE, r));
    }

    @Override
    public void modelFinished(String model) {
        meters.model(model, "finished");
        publisher.runEvent(runId, RunEvent.Type.MODEL_FINISHED, model, null);
    }

    @Override
    public void modelFailed(String model, String reason) {
        LOG.warnf("run %s: %s failed: %s", runId, model, reason);
        meters.model(model, "failed");
        publisher.runEvent(runId, RunEvent.Type.MODEL_FAILED, model, reason);
    }

    private void metric(String model, Split split, String name, double value) {
        publisher.metric(new MetricEvent(runId, model, 1, 1, split, name, value, System.currentTimeMillis()));
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
