package io.blindspots.events;

import java.util.List;

/** Every Kafka topic of the system, named once. */
public final class Topics {

    /** Run specs (JSON) published by users; key = run id or absent. */
    public static final String RUN_SPECS = "run-specs";
    /** Specs the encoder refused: the raw payload as received, the reason in {@link Headers#ERROR}. */
    public static final String RUN_SPECS_REJECTED = "run-specs-rejected";
    /** Lifecycle events ({@link RunEvent}) from every service; key = run id. */
    public static final String RUN_EVENTS = "run-events";
    /** The binary dataset stream of a run (header, batches, footer); key = run id, so one partition, in order. */
    public static final String DATASET_BATCHES = "dataset-batches";
    /** Metric events ({@link MetricEvent}) from the trainers; key = run id. */
    public static final String TRAINING_METRICS = "training-metrics";

    /** A run's sample picture (PNG: clean, injected, amplified difference per class); key = run id. */
    public static final String RUN_SAMPLES = "run-samples";

    public static final List<String> ALL =
            List.of(RUN_SPECS, RUN_SPECS_REJECTED, RUN_EVENTS, DATASET_BATCHES, TRAINING_METRICS, RUN_SAMPLES);

    private Topics() {
    }
}
