package io.blindspots.results.metrics;

import io.blindspots.events.MetricNames;
import io.blindspots.events.Split;
import io.blindspots.events.signal.SignalSpec;
import io.blindspots.events.views.RunStatus;
import io.blindspots.events.views.RunView;
import io.blindspots.results.domain.RunBook;
import io.blindspots.results.domain.RunChanged;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static io.blindspots.results.metrics.MeterNames.DATASET;
import static io.blindspots.results.metrics.MeterNames.MODEL;
import static io.blindspots.results.metrics.MeterNames.SIGNAL;
import static io.blindspots.results.metrics.MeterNames.SPLIT;

/**
 * The {@link RunBook} as Micrometer meters, with bounded tags only (dataset, signal, model, split: never a run or a
 * setting). A gauge per (dataset, signal, model, split) is registered the first time it has a value and reads the
 * book at each scrape ({@link RunBook#cellValue}): it shows the table's cell of the <em>newest setting</em> of its
 * (dataset, signal), the setting of the newest run with a value, as the mean over that setting's runs, whatever order
 * the records were replayed in. Older settings of the same signal are on the table and in {@code GET /table}.
 */
@Startup
@ApplicationScoped
public class ResultMeters {

    private static final String CONFLICT_RELIANCE = Split.CONFLICT.wireName() + "/" + MetricNames.SIGNAL_RELIANCE;

    private final MeterRegistry registry;
    private final RunBook book;
    private final Counter metricEvents;
    private final Counter runEvents;
    private final Set<Tags> registered = ConcurrentHashMap.newKeySet();

    public ResultMeters(MeterRegistry registry, RunBook book) {
        this.registry = registry;
        this.book = book;
        this.metricEvents = Counter.builder(MeterNames.METRIC_EVENTS).description("Metric events consumed")
                .register(registry);
        this.runEvents = Counter.builder(MeterNames.RUN_EVENTS).description("Run lifecycle events consumed")
                .register(registry);
        for (RunStatus status : RunStatus.values()) {
            Gauge.builder(MeterNames.RUNS, book, b -> b.count(status))
                    .tag(MeterNames.STATUS, status.name().toLowerCase(Locale.ROOT))
                    .description("Runs by status").strongReference(true).register(registry);
        }
    }

    void onChange(@Observes RunChanged change) {
        switch (change.source()) {
            case METRIC -> metricEvents.increment();
            case RUN_EVENT -> runEvents.increment();
            case SAMPLES -> {
                return;
            }
        }
        book.summary(change.runId()).filter(run -> run.dataset() != null).ifPresent(run -> {
            registerCells(run);
            registerThresholds(run);
        });
    }

    /** A threshold gauge per (dataset, signal type, model) of a run whose signal has a strength. */
    private void registerThresholds(RunView run) {
        String type = run.signal().contains("@") ? run.signal().substring(0, run.signal().indexOf('@'))
                : run.signal();
        if (!(SignalSpec.of(type) instanceof SignalSpec.Graded)) {
            return;
        }
        String dataset = run.dataset();
        run.models().keySet().forEach(model -> {
            Tags tags = Tags.of(DATASET, dataset, SIGNAL, type, MODEL, model);
            if (registered.add(tags.and("meter", MeterNames.MAP_THRESHOLD))) {
                Gauge.builder(MeterNames.MAP_THRESHOLD, book, b -> b.threshold(dataset, type, model)
                                .orElse(Double.NaN)).tags(tags)
                        .description("Blindspot map: weakest tested strength at which the model uses the signal")
                        .strongReference(true).register(registry);
            }
        });
    }

    private void registerCells(RunView run) {
        run.models().forEach((model, state) -> state.metrics().keySet().forEach(metric -> {
            Tags cell = Tags.of(DATASET, run.dataset(), SIGNAL, run.signal(), MODEL, model);
            if (metric.endsWith("/" + MetricNames.ACCURACY)) {
                String split = metric.substring(0, metric.indexOf('/'));
                gauge(MeterNames.ACCURACY, cell.and(SPLIT, split), run, model, metric,
                        "Accuracy in the table cell of the newest setting");
            } else if (metric.equals(CONFLICT_RELIANCE)) {
                gauge(MeterNames.SIGNAL_RELIANCE, cell, run, model, metric,
                        "Signal reliance in the table cell of the newest setting");
            }
        }));
    }

    private void gauge(String name, Tags tags, RunView run, String model, String metric, String description) {
        if (registered.add(tags.and("meter", name))) {
            String dataset = run.dataset();
            String signal = run.signal();
            Gauge.builder(name, book, b -> b.cellValue(dataset, signal, model, metric).orElse(Double.NaN))
                    .tags(tags).description(description).strongReference(true).register(registry);
        }
    }
}
