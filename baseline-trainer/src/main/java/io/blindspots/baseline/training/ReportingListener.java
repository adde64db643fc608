package io.blindspots.baseline.training;

import io.blindspots.baseline.domain.RunListener;
import io.blindspots.baseline.metrics.BaselineMetrics;
import io.blindspots.events.MetricNames;
import io.blindspots.runtime.domain.RunReporter;
import io.blindspots.runtime.domain.SplitScores;
import org.jboss.logging.Logger;

import java.time.Duration;

/** One run's progress as run events, metric events (epoch 1 of 1: a baseline is fitted once), meters and logs. */
final class ReportingListener implements RunListener {

    private static final Logger LOG = Logger.getLogger(ReportingListener.class);

    private final RunReporter reporter;
    private final BaselineMetrics meters;

    ReportingListener(RunReporter reporter, BaselineMetrics meters) {
        this.reporter = reporter;
        this.meters = meters;
    }

    @Override
    public void modelStarted(String model) {
        reporter.modelStarted(model);
    }

    @Override
    public void modelFitted(String model, Duration fitTime, int trainingRows) {
        double seconds = fitTime.toNanos() / 1e9;
        LOG.infof("Run %s: %s fitted on %d images in %.2f s", reporter.runId(), model, trainingRows, seconds);
        meters.fitted(model, fitTime);
        reporter.metric(model, 1, 1, null, MetricNames.FIT_SECONDS, seconds);
    }

    @Override
    public void splitScored(String model, SplitScores scores) {
        LOG.infof("Run %s: %s %s", reporter.runId(), model, scores.describe());
        reporter.scores(model, 1, 1, scores);
    }

    @Override
    public void modelFinished(String model) {
        meters.model(model, "finished");
        reporter.modelFinished(model);
    }

    @Override
    public void modelFailed(String model, String reason) {
        LOG.warnf("Run %s: %s failed: %s", reporter.runId(), model, reason);
        meters.model(model, "failed");
        reporter.modelFailed(model, reason);
    }
}
