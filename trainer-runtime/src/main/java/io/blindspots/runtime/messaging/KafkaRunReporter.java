package io.blindspots.runtime.messaging;

import io.blindspots.events.MetricEvent;
import io.blindspots.events.RunEnvironment;
import io.blindspots.events.RunEvent;
import io.blindspots.events.Split;
import io.blindspots.runtime.domain.RunReporter;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** One run's {@link RunReporter} on Kafka: every send is kept until the broker has acknowledged it. */
public final class KafkaRunReporter implements RunReporter {

    private static final Logger LOG = Logger.getLogger(KafkaRunReporter.class);

    private final String runId;
    private final RunPublisher publisher;
    private final Duration timeout;
    private final RunEnvironment environment;
    private final List<CompletableFuture<Void>> sent = new ArrayList<>();

    KafkaRunReporter(String runId, RunPublisher publisher, Duration timeout, RunEnvironment environment) {
        this.runId = runId;
        this.publisher = publisher;
        this.timeout = timeout;
        this.environment = environment;
    }

    @Override
    public String runId() {
        return runId;
    }

    @Override
    public void modelStarted(String model) {
        keep(publisher.modelStarted(runId, model, environment));
    }

    @Override
    public void modelFinished(String model) {
        keep(publisher.runEvent(runId, RunEvent.Type.MODEL_FINISHED, model, null));
    }

    @Override
    public void modelFailed(String model, String reason) {
        keep(publisher.runEvent(runId, RunEvent.Type.MODEL_FAILED, model, reason));
    }

    /** The run as a whole failed in this trainer (its dataset cannot be trained on). */
    public void runFailed(String reason) {
        keep(publisher.runEvent(runId, RunEvent.Type.RUN_FAILED, null, reason));
    }

    @Override
    public void metric(String model, int epoch, int totalEpochs, Split split, String name, double value) {
        keep(publisher.metric(new MetricEvent(runId, model, epoch, totalEpochs, split, name, value,
                System.currentTimeMillis())));
    }

    @Override
    public boolean acknowledged() {
        CompletableFuture<?>[] pending;
        synchronized (sent) {
            pending = sent.toArray(CompletableFuture[]::new);
        }
        try {
            CompletableFuture.allOf(pending).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.errorf(e, "Run %s: the broker did not acknowledge its events in %s", runId, timeout);
        }
        return false;
    }

    private void keep(CompletableFuture<Void> send) {
        synchronized (sent) {
            sent.removeIf(f -> f.isDone() && !f.isCompletedExceptionally());
            sent.add(send);
        }
    }
}
