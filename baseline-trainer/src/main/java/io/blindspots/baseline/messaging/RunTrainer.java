package io.blindspots.baseline.messaging;

import io.blindspots.baseline.config.BaselineConfig;
import io.blindspots.baseline.domain.BaselineRun;
import io.blindspots.baseline.domain.Baselines;
import io.blindspots.baseline.metrics.BaselineMetrics;
import io.blindspots.events.RunEvent;
import io.blindspots.events.stream.CorruptStreamException;
import io.blindspots.events.stream.ReceivedDataset;
import io.blindspots.events.stream.SpoolDirectory;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Trains runs whose stream is whole, off the Kafka poll thread, and marks each done once its results are on Kafka. A
 * run is queued at most once at a time, so a stream delivered twice trains once; runs left whole but untrained by a
 * stop are resumed on start.
 */
@ApplicationScoped
public class RunTrainer {

    private static final Logger LOG = Logger.getLogger(RunTrainer.class);
    /** An unlimited-depth tree recurses once per level; a roomy stack keeps a deep one from failing. */
    private static final long WORKER_STACK_BYTES = 64L * 1024 * 1024;

    private final SpoolDirectory spool;
    private final TrainingPublisher publisher;
    private final BaselineMetrics meters;
    private final BaselineRun baselineRun;
    private final ExecutorService workers;
    private final Set<String> queued = ConcurrentHashMap.newKeySet();

    public RunTrainer(SpoolDirectory spool, TrainingPublisher publisher, BaselineMetrics meters,
                      BaselineConfig config) {
        this.spool = spool;
        this.publisher = publisher;
        this.meters = meters;
        this.baselineRun = new BaselineRun(Baselines::named, config.predictionChunk(),
                config.parallelFits() > 0 ? config.parallelFits() : Runtime.getRuntime().availableProcessors());
        this.workers = Executors.newFixedThreadPool(config.workers(), workerThreads());
    }

    void resume(@Observes StartupEvent start) {
        List<String> unfinished = spool.completeButNotDone();
        if (!unfinished.isEmpty()) {
            LOG.infof("resuming %d runs whose stream is spooled but not trained: %s", unfinished.size(), unfinished);
        }
        unfinished.forEach(this::submit);
    }

    void stop(@Observes ShutdownEvent stop) throws InterruptedException {
        // A run cut short is not marked done: it is resumed from the spool on the next start.
        workers.shutdownNow();
        workers.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** Queues a run whose stream is whole; a run already queued or training is left as it is. */
    public void submit(String runId) {
        if (!queued.add(runId)) {
            LOG.infof("run %s is already queued or training; its stream arrived again", runId);
            return;
        }
        workers.execute(() -> {
            try {
                train(runId);
            } catch (RuntimeException e) {
                // Results could not be published: not done, so a restart resumes it from the spool.
                LOG.errorf(e, "run %s stopped before its results were published; it resumes on restart", runId);
            } finally {
                queued.remove(runId);
            }
        });
    }

    /** Fails a run whose stream cannot be trusted, unless its stream was already whole (a late, broken redelivery). */
    public void fail(String runId, String reason) {
        if (queued.contains(runId)) {
            LOG.warnf("run %s: ignoring a broken redelivered record (%s); the run's stream was already whole", runId,
                    reason);
            return;
        }
        failRun(runId, reason);
    }

    private void failRun(String runId, String reason) {
        LOG.warnf("run %s failed: %s", runId, reason);
        publisher.runEvent(runId, RunEvent.Type.RUN_FAILED, null, reason);
        spool.markDone(runId, "failed: " + reason);
        meters.run("failed");
    }

    private void train(String runId) {
        if (spool.isDone(runId)) {
            return; // the stream's second copy completed after the first was trained
        }
        ReceivedDataset dataset;
        try {
            dataset = spool.assemble(runId);
        } catch (CorruptStreamException e) {
            failRun(runId, "corrupt dataset stream: " + e.getMessage());
            return;
        }
        List<String> baselines = dataset.header().spec().withDefaults().baselines();
        if (baselines.isEmpty()) {
            LOG.infof("run %s asks for no baselines; nothing to train", runId);
            spool.markDone(runId, "skipped: no baselines");
            meters.run("skipped");
            return;
        }
        LOG.infof("run %s: training %s", runId, baselines);
        try {
            baselineRun.train(dataset, new RunReporter(runId, publisher, meters));
        } catch (IllegalArgumentException e) {
            // The dataset itself does not allow training (no training split, no images): the run fails.
            failRun(runId, "cannot train: " + e.getMessage());
            return;
        }
        spool.markDone(runId, "trained");
        meters.run("trained");
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(null, task, "baseline-trainer-" + count.incrementAndGet(), WORKER_STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        };
    }
}
