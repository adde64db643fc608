package io.blindspots.runtime.messaging;

import io.blindspots.events.RunEnvironment;
import io.blindspots.events.RunEvent;
import io.blindspots.events.stream.CorruptStreamException;
import io.blindspots.runtime.config.TrainerRuntimeConfig;
import io.blindspots.runtime.domain.DatasetTrainer;
import io.blindspots.runtime.domain.RunEnvironments;
import io.blindspots.runtime.domain.RunOutcome;
import io.blindspots.runtime.metrics.RuntimeMeters;
import io.blindspots.runtime.stream.DatasetTooLargeException;
import io.blindspots.runtime.stream.ReceivedDataset;
import io.blindspots.runtime.stream.SpoolDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

/**
 * One run from its spool to its outcome: assembles and verifies the stream, hands it to the service's
 * {@link DatasetTrainer}, and marks the run done with its typed outcome once the broker has acknowledged every event
 * the run produced. A run that is interrupted, or whose events are not acknowledged, stays undone and is trained
 * again on the next start.
 */
@ApplicationScoped
public class RunTraining {

    private static final String NOT_ASKED = "the spec asks nothing of this trainer";

    private static final Logger LOG = Logger.getLogger(RunTraining.class);

    private final SpoolDirectory spool;
    private final DatasetTrainer trainer;
    private final RunPublisher publisher;
    private final RuntimeMeters meters;
    private final TrainerRuntimeConfig config;
    private final RunOffsets offsets;
    private volatile RunEnvironment environment;

    RunTraining(SpoolDirectory spool, DatasetTrainer trainer, RunPublisher publisher, RuntimeMeters meters,
                TrainerRuntimeConfig config, RunOffsets offsets) {
        this.spool = spool;
        this.offsets = offsets;
        this.trainer = trainer;
        this.publisher = publisher;
        this.meters = meters;
        this.config = config;
    }

    void prepare() {
        try {
            trainer.prepare();
        } catch (RuntimeException | LinkageError e) {
            LOG.error("The trainer could not prepare; each run will report its own failure", e);
        }
        environment = RunEnvironments.of(backend());
        LOG.infof("Results will be reported as measured on %s", environment.describe());
    }

    private String backend() {
        try {
            return trainer.backend();
        } catch (RuntimeException | LinkageError e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    /**
     * Spools one record; serialised with {@link #finish} so no record is appended to a run being marked done. A run
     * whose spec asks nothing of this trainer is done (skipped) at its header: its batches are never spooled or read,
     * so a baselines-only run of 34,000 images costs the ConvNet trainer neither disk nor heap.
     */
    synchronized SpoolDirectory.Offer spool(String runId, byte[] value) {
        SpoolDirectory.Offer offer = spool.offer(runId, value, trainer::asksOf);
        if (offer == SpoolDirectory.Offer.NOT_ASKED) {
            LOG.infof("Run %s asks nothing of this trainer: skipped, its batches dropped unread", runId);
            finish(runId, RunOutcome.skipped(NOT_ASKED));
        }
        return offer;
    }

    void train(String runId) {
        if (spool.isDone(runId)) {
            offsets.done(runId);
            return; // a second copy of the stream completed after the first was trained
        }
        ReceivedDataset dataset;
        try {
            dataset = spool.assemble(runId);
        } catch (CorruptStreamException e) {
            fail(runId, "corrupt dataset stream: " + e.getMessage());
            return;
        } catch (DatasetTooLargeException e) {
            fail(runId, e.getMessage());
            return;
        }
        if (!trainer.asksOf(dataset.header().spec())) {
            // a stream spooled whole before its header was judged (by an earlier version of this trainer)
            LOG.infof("Run %s asks nothing of this trainer: nothing to train", runId);
            finish(runId, RunOutcome.skipped(NOT_ASKED));
            return;
        }
        KafkaRunReporter reporter = publisher.reporter(runId,
                environment != null ? environment : RunEnvironments.of(backend()));
        RunOutcome outcome;
        try {
            outcome = trainer.train(dataset, reporter);
        } catch (InterruptedException | CancellationException e) {
            Thread.currentThread().interrupt();
            LOG.infof("Run %s was cut short (%s); it is trained again on the next start", runId, e.getMessage());
            return;
        } catch (RuntimeException e) {
            LOG.errorf(e, "Run %s cannot be trained", runId);
            String reason = "cannot train: " + reason(e);
            reporter.runFailed(reason);
            outcome = RunOutcome.failed(reason);
        }
        if (!reporter.acknowledged()) {
            LOG.errorf("Run %s stays undone: its events are not all on the broker; it is retried on the next start",
                    runId);
            return;
        }
        finish(runId, outcome);
    }

    /** Fails a run whose stream cannot be trusted: RUN_FAILED, then done, so later records of it are dropped. */
    void fail(String runId, String reason) {
        LOG.errorf("Run %s failed: %s", runId, reason);
        try {
            publisher.runEvent(runId, RunEvent.Type.RUN_FAILED, null, reason)
                    .get(config.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception e) {
            LOG.errorf(e, "Run %s: RUN_FAILED was not acknowledged; the run stays undone", runId);
            return;
        }
        finish(runId, RunOutcome.failed(reason));
    }

    private synchronized void finish(String runId, RunOutcome outcome) {
        try {
            spool.markDone(runId, outcome);
            offsets.done(runId);
            meters.run(outcome.name());
            LOG.infof("Run %s done: %s", runId, outcome);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Run %s: cannot record its outcome %s", runId, outcome);
        }
    }

    private static String reason(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
