package io.blindspots.convnet.metrics;

import io.blindspots.convnet.domain.EpochReport;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/**
 * The trainer's own meters on {@code /q/metrics}, with bounded tags only (model, outcome; never a run id): how fast
 * it trains (the runtime's meters say how its runs end). The per-run results travel as metric events, not as meters.
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
}
