package io.blindspots.results.metrics;

import io.blindspots.events.MetricEvent;
import io.blindspots.events.MetricNames;
import io.blindspots.events.Split;
import io.blindspots.results.domain.RunBook;
import io.blindspots.results.domain.RunStatus;
import io.blindspots.results.domain.RunView;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The results as Micrometer meters, with bounded tags only: a gauge per (dataset, signal, model, split) holding the
 * latest value of that cell, never a run id; run counts by status; a counter of metric events.
 */
@ApplicationScoped
public class ResultMeters {

    public static final String ACCURACY = "blindspots.accuracy";
    public static final String SIGNAL_RELIANCE = "blindspots.signal.reliance";
    public static final String RUNS = "blindspots.runs";
    public static final String METRIC_EVENTS = "blindspots.metric.events";
    public static final String RUN_EVENTS = "blindspots.run.events";

    private final MeterRegistry registry;
    private final Map<Tags, AtomicReference<Double>> cells = new ConcurrentHashMap<>();
    private final Counter metricEvents;
    private final Counter runEvents;

    public ResultMeters(MeterRegistry registry, RunBook book) {
        this.registry = registry;
        this.metricEvents = Counter.builder(METRIC_EVENTS).description("Metric events consumed").register(registry);
        this.runEvents = Counter.builder(RUN_EVENTS).description("Run lifecycle events consumed").register(registry);
        for (RunStatus status : RunStatus.values()) {
            Gauge.builder(RUNS, book, b -> b.runs().stream().filter(r -> r.status() == status).count())
                    .tag("status", status.name().toLowerCase()).description("Runs by status").register(registry);
        }
    }

    public void runEvent() {
        runEvents.increment();
    }

    /** Counts the event and, for accuracy and signal reliance, sets the cell's gauge to the latest value. */
    public void metric(MetricEvent event, RunView run) {
        metricEvents.increment();
        if (run == null || run.dataset() == null || event.split() == null) {
            return;
        }
        if (MetricNames.ACCURACY.equals(event.name())) {
            set(ACCURACY, Tags.of("dataset", run.dataset(), "signal", run.signal(), "model", event.model(),
                    "split", event.split().wireName()), event.value());
        } else if (MetricNames.SIGNAL_RELIANCE.equals(event.name()) && event.split() == Split.CONFLICT) {
            set(SIGNAL_RELIANCE, Tags.of("dataset", run.dataset(), "signal", run.signal(), "model", event.model()),
                    event.value());
        }
    }

    private void set(String name, Tags tags, double value) {
        cells.computeIfAbsent(tags.and("meter", name), key -> {
            AtomicReference<Double> holder = new AtomicReference<>(Double.NaN);
            Gauge.builder(name, holder, AtomicReference::get).tags(tags).register(registry);
            return holder;
        }).set(value);
    }
}
