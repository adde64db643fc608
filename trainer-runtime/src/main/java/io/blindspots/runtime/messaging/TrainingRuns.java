package io.blindspots.runtime.messaging;

import io.blindspots.events.RunIds;
import io.blindspots.events.stream.CorruptStreamException;
import io.blindspots.runtime.config.TrainerRuntimeConfig;
import io.blindspots.runtime.metrics.RuntimeMeters;
import io.blindspots.runtime.stream.SpoolDirectory;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The runs this trainer holds: spools their streams as records arrive, queues each whole run once, trains the
 * queue on a single thread ({@link RunTraining}), and on start resumes the runs that were whole but not done when it
 * stopped. The queue is bounded; runs beyond it wait in the spool and are queued when it drains. A bad record fails
 * its run, never the service.
 */
@ApplicationScoped
public class TrainingRuns {

    private static final Logger LOG = Logger.getLogger(TrainingRuns.class);
    /** An unlimited-depth tree recurses once per level; a roomy stack keeps a deep one from failing. */
    private static final long TRAINING_STACK_BYTES = 64L * 1024 * 1024;

    private final SpoolDirectory spool;
    private final RunTraining training;
    private final RuntimeMeters meters;
    private final TrainerRuntimeConfig config;
    /** Runs queued or training: a stream delivered again meanwhile must not queue its run a second time. */
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final BlockingQueue<String> queue;
    /** Set when a whole run found the queue full: the spool is scanned again once the queue drains. */
    private final AtomicBoolean backlog = new AtomicBoolean();
    private Thread thread;

    TrainingRuns(SpoolDirectory spool, RunTraining training, RuntimeMeters meters, TrainerRuntimeConfig config) {
        this.spool = spool;
        this.training = training;
        this.meters = meters;
        this.config = config;
        this.queue = new ArrayBlockingQueue<>(config.queueCapacity());
    }

    void onStart(@Observes StartupEvent event) {
        meters.trackPending(inFlight);
        thread = Thread.ofPlatform().name(config.source() + "-training").stackSize(TRAINING_STACK_BYTES)
                .start(this::trainQueuedRuns);
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        // Interrupts the run in training; it stays undone and is resumed on the next start.
        thread.interrupt();
        thread.join(30_000);
    }

    /** Takes one record of a run's dataset stream. Never throws: a bad record fails its run only. */
    public void offer(String runId, byte[] value) {
        if (!RunIds.isValid(runId)) {
            LOG.warnf("Dropped a dataset-stream record keyed '%s': not a run id, so no run to fail", runId);
            meters.record("dropped");
            return;
        }
        SpoolDirectory.Offer offer;
        try {
            offer = training.spool(runId, value);
        } catch (CorruptStreamException e) {
            meters.record("corrupt");
            if (inFlight.contains(runId)) {
                LOG.warnf("Ignored a corrupt record of run %s, whose whole stream is already spooled: %s", runId,
                        e.getMessage());
                return;
            }
            training.fail(runId, "corrupt dataset stream: " + e.getMessage());
            return;
        }
        meters.record(offer == SpoolDirectory.Offer.ALREADY_DONE ? "redelivered" : "spooled");
        if (offer == SpoolDirectory.Offer.COMPLETE) {
            schedule(runId);
        }
    }

    private void schedule(String runId) {
        if (!inFlight.add(runId)) {
            LOG.infof("Run %s is already queued or training; its stream arrived again", runId);
            return;
        }
        if (!queue.offer(runId)) {
            inFlight.remove(runId);
            backlog.set(true);
            LOG.infof("Run %s waits in the spool: %d runs are queued already", runId, config.queueCapacity());
        }
    }

    private void trainQueuedRuns() {
        training.prepare();
        try {
            resumeFromSpool();
            while (!Thread.currentThread().isInterrupted()) {
                String runId = queue.take();
                try {
                    training.train(runId);
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Run %s: unexpected failure; it stays undone and is retried on the next start",
                            runId);
                } finally {
                    inFlight.remove(runId);
                }
                if (queue.isEmpty() && backlog.getAndSet(false)) {
                    resumeFromSpool();
                }
            }
        } catch (InterruptedException e) {
            LOG.debug("Training thread stopped");
        }
    }

    private void resumeFromSpool() {
        List<String> whole;
        try {
            whole = new ArrayList<>(spool.completeButNotDone());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Cannot read the spool %s: no run resumed; new streams are still taken",
                    config.spoolDirectory());
            return;
        }
        whole.removeIf(inFlight::contains);
        if (!whole.isEmpty()) {
            LOG.infof("Queueing %d run(s) whole in the spool but not trained: %s", whole.size(), whole);
        }
        whole.forEach(this::schedule);
    }
}
