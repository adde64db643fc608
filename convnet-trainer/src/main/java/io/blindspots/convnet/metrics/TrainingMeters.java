package io.blindspots.convnet.metrics;

import io.blindspots.convnet.domain.EpochReport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Collection;

/**
 * The trainer's own meters on {@code /q/metrics}, with bounded tags only (model, outcome; never a run id): how fast
 * it trains and how its runs end. The per-run results travel as metric events, not as meters.
 */
@ApplicationScoped
public class TrainingMeters {

    private final MeterRegistry registry;

    TrainingMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Training throughput and duration of one epoch. */
    public void epoch(String model, EpochReport report, Duration duration) {
        DistributionSummary.builder("blindspots.convnet.training.throughput")
                .description("Training images per second of an epoch")
                .baseUnit("images/s")
                .tags(Tags.of("model", model))
                .register(registry)
                .record(report.imagesPerSecond());
        registry.timer("blindspots.convnet.epoch", Tags.of("model", model)).record(duration);
    }

    /** A run left this trainer: {@code trained}, {@code failed}, {@code skipped} or {@code dropped}. */
    public void runOutcome(String outcome) {
        Counter.builder("blindspots.convnet.runs")
                .description("Runs this trainer finished, by outcome")
                .tags(Tags.of("outcome", outcome))
                .register(registry)
                .increment();
    }

    /** Runs queued or training now. */
    public void trackPending(Collection<String> runs) {
        registry.gaugeCollectionSize("blindspots.convnet.runs.pending", Tags.empty(), runs);
    }
}
