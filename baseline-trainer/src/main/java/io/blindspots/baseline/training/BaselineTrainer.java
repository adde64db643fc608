package io.blindspots.baseline.training;

import io.blindspots.baseline.config.BaselineConfig;
import io.blindspots.baseline.domain.BaselineRun;
import io.blindspots.baseline.domain.Baselines;
import io.blindspots.baseline.metrics.BaselineMetrics;
import io.blindspots.events.RunSpec;
import io.blindspots.runtime.domain.DatasetTrainer;
import io.blindspots.runtime.domain.RunOutcome;
import io.blindspots.runtime.domain.RunReporter;
import io.blindspots.runtime.stream.ReceivedDataset;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * The baseline side of a run: fits every baseline the spec names on the run's baseline fraction of the training
 * split and scores each on every test split. A model that fails is reported and the others go on; a dataset that
 * allows no training at all (no training split) fails the run.
 */
@ApplicationScoped
public class BaselineTrainer implements DatasetTrainer {

    private static final Logger LOG = Logger.getLogger(BaselineTrainer.class);

    private final BaselineRun baselineRun;
    private final BaselineMetrics meters;

    BaselineTrainer(BaselineConfig config, BaselineMetrics meters) {
        this.meters = meters;
        this.baselineRun = new BaselineRun(Baselines::named, config.predictionChunk(),
                config.parallelFits() > 0 ? config.parallelFits() : Runtime.getRuntime().availableProcessors());
    }

    @Override
    public boolean asksOf(RunSpec spec) {
        return !spec.withDefaults().baselines().isEmpty();
    }

    @Override
    public RunOutcome train(ReceivedDataset dataset, RunReporter reporter) throws InterruptedException {
        List<String> baselines = dataset.header().spec().withDefaults().baselines();
        LOG.infof("Run %s: training %s", reporter.runId(), baselines);
        baselineRun.train(dataset, new ReportingListener(reporter, meters));
        if (Thread.interrupted()) {
            throw new InterruptedException("fitting the baselines of run " + reporter.runId() + " was interrupted");
        }
        return RunOutcome.trained();
    }
}
