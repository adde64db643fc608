package io.blindspots.convnet.messaging;

import io.blindspots.events.Json;
import io.blindspots.events.MetricEvent;
import io.blindspots.events.RunEvent;
import io.blindspots.events.Topics;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

import java.util.concurrent.CompletableFuture;

/**
 * What this service tells the others: lifecycle events on {@code run-events} and metric events on
 * {@code training-metrics}, JSON, keyed by run id so each run's events stay in order. Every send completes when the
 * broker has acknowledged it, so a run is marked done only once its results are safe.
 */
@ApplicationScoped
public class TrainerEvents {

    public static final String SOURCE = "convnet-trainer";

    private final Emitter<Record<String, String>> runEvents;
    private final Emitter<Record<String, String>> metrics;

    TrainerEvents(@Channel(Topics.RUN_EVENTS) Emitter<Record<String, String>> runEvents,
                  @Channel(Topics.TRAINING_METRICS) Emitter<Record<String, String>> metrics) {
        this.runEvents = runEvents;
        this.metrics = metrics;
    }

    /** A lifecycle event from this service; {@code model} is null for run-level events. */
    public CompletableFuture<Void> runEvent(String runId, RunEvent.Type type, String model, String message) {
        RunEvent event = RunEvent.of(runId, type, SOURCE, model, message);
        return runEvents.send(Record.of(runId, Json.write(event))).toCompletableFuture();
    }

    public CompletableFuture<Void> metric(MetricEvent event) {
        return metrics.send(Record.of(event.runId(), Json.write(event))).toCompletableFuture();
    }
}
