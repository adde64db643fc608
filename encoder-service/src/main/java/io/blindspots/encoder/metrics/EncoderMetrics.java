package io.blindspots.encoder.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

/** The encoder's meters. Names are defined here once; tags are bounded (an outcome, never a run id). */
@ApplicationScoped
public class EncoderMetrics {

    public static final String SPECS = "blindspots.specs";
    public static final String BATCHES_PUBLISHED = "blindspots.batches.published";
    public static final String ENCODE = "blindspots.encode";

    private final Counter accepted;
    private final Counter rejected;
    private final Counter duplicate;
    private final Counter forwarded;
    private final Counter batches;
    private final Timer encode;

    public EncoderMetrics(MeterRegistry registry) {
        accepted = Counter.builder(SPECS).tag("outcome", "accepted").description("Run specs accepted")
                .register(registry);
        rejected = Counter.builder(SPECS).tag("outcome", "rejected").description("Run specs rejected")
                .register(registry);
        duplicate = Counter.builder(SPECS).tag("outcome", "duplicate")
                .description("Run specs of runs already encoded, skipped").register(registry);
        forwarded = Counter.builder(SPECS).tag("outcome", "forwarded")
                .description("Run specs sent again keyed by their run id, to the encoder that owns the run")
                .register(registry);
        batches = Counter.builder(BATCHES_PUBLISHED).description("Dataset-stream batches published")
                .register(registry);
        encode = Timer.builder(ENCODE).description("Time to load, inject and publish a run's dataset stream")
                .register(registry);
    }

    public void accepted() {
        accepted.increment();
    }

    public void rejected() {
        rejected.increment();
    }

    public void duplicate() {
        duplicate.increment();
    }

    public void forwarded() {
        forwarded.increment();
    }

    public void batchPublished() {
        batches.increment();
    }

    public Timer encodeTimer() {
        return encode;
    }
}
