package io.blindspots.convnet.messaging;

import io.blindspots.convnet.config.ConvnetTrainerConfig;
import io.blindspots.convnet.config.NativeBackend;
import io.blindspots.convnet.metrics.TrainingMeters;
import io.blindspots.events.RunEvent;
import io.blindspots.events.stream.CorruptStreamException;
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
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The runs this trainer holds: spools their streams as records arrive, trains each complete run once on a single
 * training thread, marks it done, and on start resumes the runs that were complete but not done when it stopped.
 * A bad stream fails its run ({@code RUN_FAILED}), never the service.
 */
@ApplicationScoped
public class TrainingRuns {

    private static final Logger LOG = Logger.getLogger(TrainingRuns.class);
    private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private final SpoolDirectory spool;
    private final RunTrainer trainer;
    private final TrainerEvents events;
    private final TrainingMeters meters;
    private final NativeBackend backend;
    private final ConvnetTrainerConfig config;
    /** Runs queued or training: a stream delivered again meanwhile must not queue its run a second time. */
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    /** One thread: a run keeps every core busy, two at once would only slow each other down. */
    private final ExecutorService training = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("convnet-training").factory());

    TrainingRuns(SpoolDirectory spool, RunTrainer trainer, TrainerEvents events, TrainingMeters meters,
                 NativeBackend backend, ConvnetTrainerConfig config) {
        this.spool = spool;
        this.trainer = trainer;
        this.events = events;
        this.meters = meters;
        this.backend = backend;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        meters.trackPending(inFlight);
        training.execute(backend::start);
        List<String> resumed;
        try {
            resumed = spool.completeButNotDone();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Cannot read the spool %s: no run resumed; new streams are still taken",
                    config.spoolDirectory());
            return;
        }
        if (!resumed.isEmpty()) {
            LOG.infof("Resuming %d run(s) received before the last stop: %s", resumed.size(), resumed);
        }
        resumed.forEach(this::schedule);
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        // Interrupts the run in training between two mini-batches; it stays undone and is resumed on the next start.
        training.shutdownNow();
        training.awaitTermination(30, TimeUnit.SECONDS);
    }

    /** Takes one record of a run's dataset stream. Never throws: a bad record fails its run only. */
    public void offer(String runId, byte[] value) {
        if (runId == null || !RUN_ID.matcher(runId).matches()) {
            LOG.warnf("Dropped a dataset-stream record keyed '%s': not a run id, so no run to fail", runId);
            meters.runOutcome("dropped");
            return;
        }
        SpoolDirectory.Offer offer;
        try {
            synchronized (this) {
                offer = spool.offer(runId, value);
            }
        } catch (CorruptStreamException e) {
            if (inFlight.contains(runId)) {
                LOG.warnf("Ignored a corrupt record of run %s, whose whole stream is already spooled: %s", runId,
                        e.getMessage());
                return;
            }
            failRun(runId, "corrupt dataset stream: " + e.getMessage());
            return;
        } catch (RuntimeException e) {
            failRun(runId, "cannot spool the dataset stream: " + e);
            return;
        }
        if (offer == SpoolDirectory.Offer.COMPLETE) {
            schedule(runId);
        }
    }

    private void schedule(String runId) {
        if (!inFlight.add(runId)) {
            return;
        }
        training.execute(() -> {
            String outcome = null;
            try {
                outcome = trainer.train(runId);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Run %s: unexpected failure; it stays undone and is retried on the next start", runId);
            } finally {
                finish(runId, outcome);
            }
        });
    }

    private void failRun(String runId, String reason) {
        LOG.errorf("Run %s failed: %s", runId, reason);
        try {
            events.runEvent(runId, RunEvent.Type.RUN_FAILED, null, reason)
                    .get(config.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            LOG.errorf(e, "Run %s: RUN_FAILED was not acknowledged", runId);
        }
        finish(runId, "failed: " + reason);
    }

    /** Marks a run done with its outcome (null: leave it undone, to be resumed) and lets go of it. */
    private synchronized void finish(String runId, String outcome) {
        try {
            if (outcome != null) {
                spool.markDone(runId, outcome);
                meters.runOutcome(outcome.replaceFirst(":.*", ""));
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Run %s: cannot record its outcome '%s'", runId, outcome);
        } finally {
            inFlight.remove(runId);
        }
    }
}
