package io.blindspots.runtime.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;

/**
 * A trainer's intake and run meters on {@code /q/metrics}, the same in both trainers (Prometheus' {@code job} tells
 * them apart). Tags are bounded: an outcome, never a run id.
 */
@ApplicationScoped
public class RuntimeMeters {

    public static final String RUNS = "blindspots.trainer.runs";
    public static final String RECORDS = "blindspots.trainer.records";
    public static final String PENDING = "blindspots.trainer.runs.pending";

    private final MeterRegistry registry;

    RuntimeMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** @param outcome trained, failed or skipped */
    public void run(String outcome) {
        Counter.builder(RUNS).description("Runs this trainer finished, by outcome").tags(Tags.of("outcome", outcome))
                .register(registry).increment();
    }

    /**
     * @param outcome spooled, not-asked (the header of a run that asks nothing of this trainer), after-done (a record
     *                of a run done already: a redelivery or the rest of a skipped run), corrupt or dropped (no run id)
     */
    public void record(String outcome) {
        Counter.builder(RECORDS).description("Dataset-stream records received, by outcome")
                .tags(Tags.of("outcome", outcome)).register(registry).increment();
    }

    /** Runs queued or training now. */
    public void trackPending(Collection<String> runs) {
        registry.gaugeCollectionSize(PENDING, Tags.empty(), runs);
    }
}
