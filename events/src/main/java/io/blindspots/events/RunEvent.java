package io.blindspots.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Map;

/**
 * A step in a run's life, published on {@link Topics#RUN_EVENTS} keyed by run id.
 *
 * @param runId     the run
 * @param type      what happened
 * @param source    the service that says so ({@code encoder-service}, {@code convnet-trainer}, ...)
 * @param model     the model concerned, for model-level events
 * @param timestamp epoch milliseconds at the source
 * @param message   a human-readable detail: the failure reason for failures
 * @param spec      the completed spec, on {@link Type#ACCEPTED}
 * @param counts    sizes, on {@link Type#ENCODED} (images per split, batches, {@value #CLASSES}) and progress totals
 * @param environment the code, CPU and backend that train the model, on {@link Type#MODEL_STARTED}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunEvent(String runId, Type type, String source, String model, long timestamp, String message,
                       RunSpec spec, Map<String, Long> counts, RunEnvironment environment) {

    /** The key of {@link #counts} on {@link Type#ENCODED} that holds the dataset's number of classes K. */
    public static final String CLASSES = "classes";

    public enum Type {
        /** The encoder accepted the spec; carries it. */
        ACCEPTED,
        /** The encoder published the whole dataset stream; carries the counts. */
        ENCODED,
        /** A trainer began training a model of the run. */
        MODEL_STARTED,
        /** A model finished; its last metrics are final. */
        MODEL_FINISHED,
        /** A model failed; the message says why. The other models of the run go on. */
        MODEL_FAILED,
        /** The run as a whole failed (bad dataset, corrupt stream); the message says why. */
        RUN_FAILED
    }

    public RunEvent {
        if (runId == null || type == null || source == null) {
            throw new IllegalArgumentException("a run event needs runId, type and source");
        }
        counts = counts == null ? null : Map.copyOf(counts);
    }

    /** An event without an environment (every type but MODEL_STARTED). */
    public RunEvent(String runId, Type type, String source, String model, long timestamp, String message,
                    RunSpec spec, Map<String, Long> counts) {
        this(runId, type, source, model, timestamp, message, spec, counts, null);
    }

    public static RunEvent of(String runId, Type type, String source, String model, String message) {
        return new RunEvent(runId, type, source, model, System.currentTimeMillis(), message, null, null);
    }
}
