package io.blindspots.baseline.messaging;

import io.blindspots.events.Json;
import io.blindspots.events.MetricEvent;
import io.blindspots.events.RunEvent;
import io.blindspots.events.Topics;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Everything the trainer writes to Kafka, keyed by run id. Each send waits for the broker's acknowledgement, so that
 * a run is marked done only after its results are on Kafka.
 */
@ApplicationScoped
public class TrainingPublisher {

    static final String SOURCE = "baseline-trainer";
    private static final long ACK_TIMEOUT_SECONDS = 60;

    @Inject
    @Channel(Topics.RUN_EVENTS)
    Emitter<Record<String, String>> runEvents;

    @Inject
    @Channel(Topics.TRAINING_METRICS)
    Emitter<Record<String, String>> metrics;

    public void runEvent(String runId, RunEvent.Type type, String model, String message) {
        await(runEvents.send(Record.of(runId, Json.write(RunEvent.of(runId, type, SOURCE, model, message)))));
    }

    public void metric(MetricEvent event) {
        await(metrics.send(Record.of(event.runId(), Json.write(event))));
    }

    private static void await(CompletionStage<Void> sent) {
        try {
            sent.toCompletableFuture().get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused a record: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge a record in " + ACK_TIMEOUT_SECONDS + " s", e);
        }
    }
}
