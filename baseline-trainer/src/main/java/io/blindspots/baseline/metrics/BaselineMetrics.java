package io.blindspots.baseline.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/**
 * The trainer's meters. Names are defined here once; tags are bounded (a model name of the catalog, an outcome),
 * never a run id.
 */
@ApplicationScoped
public class BaselineMetrics {

    public static final String FIT = "blindspots.baseline.fit";
    public static final String MODELS = "blindspots.baseline.models";

    private final MeterRegistry registry;

    public BaselineMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void fitted(String model, Duration fitTime) {
        Timer.builder(FIT).tag("model", model).description("Wall time of a baseline's fit")
                .register(registry).record(fitTime);
    }

    /** @param outcome finished or failed */
    public void model(String model, String outcome) {
        Counter.builder(MODELS).tag("model", model).tag("outcome", outcome)
                .description("Baseline models trained, by outcome").register(registry).increment();
    }
}
