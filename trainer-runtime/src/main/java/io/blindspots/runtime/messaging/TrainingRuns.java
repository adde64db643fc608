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
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import java.time.Duration;
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
 * its run, never the service. Kafka holds each run until it is done ({@link RunOffsets}); when its partition moves to
 * another replica, the run is {@linkplain #release released}: taken off the queue, or cut short if it is training.
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
    private final RunOffsets offsets;
    /** Guards {@link #current} and {@link #cancelled} against the rebalance listener. */
    private final Object lock = new Object();
    private String current;
    private String cancelled;
    private volatile boolean stopping;
    /** Runs queued or training: a stream delivered again meanwhile must not queue its run a second time. */
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final BlockingQueue<String> queue;
    /** Set when a whole run found the queue full: the spool is scanned again once the queue drains. */
    private final AtomicBoolean backlog = new AtomicBoolean();
    private Thread thread;

    TrainingRuns(SpoolDirectory spool, RunTraining training, RuntimeMeters meters, TrainerRuntimeConfig config,
                 RunOffsets offsets) {
        this.spool = spool;
        this.offsets = offsets;
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
        stopping = true;
        thread.interrupt();
        thread.join(30_000);
    }

    /**
     * Takes one record of a dataset stream, read from {@code partition} at {@code offset}. Never throws: a bad record
     * fails its run only.
     */
    public void offer(TopicPartition partition, long offset, String runId, byte[] value) {
        if (!RunIds.isValid(runId)) {
            offsets.taken(partition, offset, runId, false);
            LOG.warnf("Dropped a dataset-stream record keyed '%s': not a run id, so no run to fail", runId);
            meters.record("dropped");
            return;
        }
        if (!offsets.taken(partition, offset, runId, !spool.isDone(runId))) {
            meters.record("revoked"); // polled before its partition moved: the new owner reads it
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
        meters.record(switch (offer) {
            case SPOOLED, COMPLETE -> "spooled";
            case NOT_ASKED -> "not-asked";
            case ALREADY_DONE -> "after-done";
        });
        if (offer == SpoolDirectory.Offer.COMPLETE) {
            schedule(runId);
        }
    }

    /**
     * Hands runs whose partitions move to another trainer over to it: the queued ones leave the queue at once; the
     * one training may finish (so it is not trained twice) for up to the hand-over timeout, then it is interrupted
     * and stays undone here. Called by the rebalance listener, on the poll thread.
     */
    public void handOver(Set<String> runs) {
        release(runs, config.handOverTimeout());
    }

    /** As {@link #handOver}, without waiting: the partitions are lost, another trainer may own them already. */
    public void release(Set<String> runs) {
        release(runs, Duration.ZERO);
    }

    private void release(Set<String> runs, Duration wait) {
        if (runs.isEmpty()) {
            return;
        }
        for (String runId : runs) {
            if (queue.remove(runId)) {
                inFlight.remove(runId);
            }
        }
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (lock) {
            try {
                while (current != null && runs.contains(current) && System.nanoTime() < deadline) {
                    lock.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (current != null && runs.contains(current)) {
                LOG.warnf("Run %s is still training after %s: cut short, its new owner trains it", current, wait);
                cancelled = current;
                thread.interrupt();
            }
        }
        LOG.infof("Partitions moved to another trainer; it takes over the undone runs %s", runs);
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
            resumeFromSpool(true);
            while (!stopping) {
                String runId = queue.take();
                synchronized (lock) {
                    current = runId;
                }
                try {
                    training.train(runId);
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Run %s: unexpected failure; it stays undone and is retried on the next start",
                            runId);
                } finally {
                    synchronized (lock) {
                        current = null;
                        if (cancelled != null && !stopping) {
                            cancelled = null;
                            Thread.interrupted(); // the interrupt was for that run only
                        }
                        lock.notifyAll();
                    }
                    inFlight.remove(runId);
                }
                if (queue.isEmpty() && backlog.getAndSet(false)) {
                    resumeFromSpool(false);
                }
            }
        } catch (InterruptedException e) {
            LOG.debug("Training thread stopped");
        }
    }

    private void resumeFromSpool(boolean atStart) {
        List<String> whole;
        try {
            whole = new ArrayList<>(spool.completeButNotDone());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Cannot read the spool %s: no run resumed; new streams are still taken",
                    config.spoolDirectory());
            return;
        }
        whole.removeIf(inFlight::contains);
        if (!atStart) {
            // a whole run of a partition that moved away is the new owner's now
            whole.removeIf(runId -> !offsets.owns(runId));
        }
        if (!whole.isEmpty()) {
            LOG.infof("Queueing %d run(s) whole in the spool but not trained: %s", whole.size(), whole);
        }
        whole.forEach(this::schedule);
    }
}
