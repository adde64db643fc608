package io.blindspots.runtime.messaging;

import io.blindspots.events.Json;
import io.blindspots.events.MetricEvent;
import io.blindspots.events.RunEnvironment;
import io.blindspots.events.RunEvent;
import io.blindspots.events.Topics;
import io.blindspots.runtime.config.TrainerRuntimeConfig;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

import java.util.concurrent.CompletableFuture;

/**
 * What a trainer tells the others: lifecycle events on {@code run-events} and metric events on
 * {@code training-metrics}, JSON, keyed by run id so each run's events stay in order on one partition. Every send
 * completes when the broker has acknowledged it (the channels use acks=all and the idempotent producer).
 */
@ApplicationScoped
public class RunPublisher {

    private final Emitter<Record<String, String>> runEvents;
    private final Emitter<Record<String, String>> metrics;
    private final TrainerRuntimeConfig config;

    RunPublisher(@Channel(Topics.RUN_EVENTS) Emitter<Record<String, String>> runEvents,
                 @Channel(Topics.TRAINING_METRICS) Emitter<Record<String, String>> metrics,
                 TrainerRuntimeConfig config) {
        this.runEvents = runEvents;
        this.metrics = metrics;
        this.config = config;
    }

    /** A lifecycle event from this service; {@code model} is null for run-level events. */
    public CompletableFuture<Void> runEvent(String runId, RunEvent.Type type, String model, String message) {
        return send(RunEvent.of(runId, type, config.source(), model, message));
    }

    /** MODEL_STARTED, with the code, CPU and backend that train the model. */
    public CompletableFuture<Void> modelStarted(String runId, String model, RunEnvironment environment) {
        return send(new RunEvent(runId, RunEvent.Type.MODEL_STARTED, config.source(), model,
                System.currentTimeMillis(), null, null, null, environment));
    }

    private CompletableFuture<Void> send(RunEvent event) {
        return runEvents.send(Record.of(event.runId(), Json.write(event))).toCompletableFuture();
    }

    public CompletableFuture<Void> metric(MetricEvent event) {
        return metrics.send(Record.of(event.runId(), Json.write(event))).toCompletableFuture();
    }

    /**
     * A reporter for one run, whose acknowledgements it keeps track of.
     *
     * @param environment what its MODEL_STARTED events say trains the models
     */
    public KafkaRunReporter reporter(String runId, RunEnvironment environment) {
        return new KafkaRunReporter(runId, this, config.publishTimeout(), environment);
    }
}
