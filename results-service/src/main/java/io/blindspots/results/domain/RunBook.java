package io.blindspots.results.domain;

import io.blindspots.events.MetricEvent;
import io.blindspots.events.RunEvent;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every run results-service has heard of, folded from {@code run-events} and {@code training-metrics}. Thread-safe;
 * idempotent (a replayed event changes nothing), and order-tolerant (metrics may arrive before the spec).
 */
public final class RunBook {

    private final Map<String, RunState> runs = new ConcurrentHashMap<>();
    private final Map<String, byte[]> samples = new ConcurrentHashMap<>();

    public void apply(RunEvent event) {
        RunState run = runs.computeIfAbsent(event.runId(), RunState::new);
        synchronized (run) {
            run.apply(event);
        }
    }

    public void apply(MetricEvent event) {
        RunState run = runs.computeIfAbsent(event.runId(), RunState::new);
        synchronized (run) {
            run.apply(event);
        }
    }

    public void samples(String runId, byte[] png) {
        samples.put(runId, png.clone());
    }

    public Optional<byte[]> samples(String runId) {
        return Optional.ofNullable(samples.get(runId));
    }

    /** Summaries (latest values, no curves), newest first. */
    public List<RunView> runs() {
        return runs.values().stream()
                .sorted(Comparator.comparingLong(RunState::updatedAt).reversed().thenComparing(RunState::runId))
                .map(run -> {
                    synchronized (run) {
                        return run.view(false);
                    }
                })
                .toList();
    }

    /** One run's summary (latest values, no curves). */
    public Optional<RunView> summary(String runId) {
        RunState run = runs.get(runId);
        if (run == null) {
            return Optional.empty();
        }
        synchronized (run) {
            return Optional.of(run.view(false));
        }
    }

    /** The full view of one run, with its learning curves. */
    public Optional<RunView> run(String runId) {
        RunState run = runs.get(runId);
        if (run == null) {
            return Optional.empty();
        }
        synchronized (run) {
            return Optional.of(run.view(true));
        }
    }

    /** The paper-style table of every run whose spec has been seen. */
    public ResultTable table() {
        ResultTable.Builder builder = new ResultTable.Builder();
        for (RunState run : runs.values()) {
            synchronized (run) {
                if (run.spec() != null) {
                    builder.add(run);
                }
            }
        }
        return builder.build();
    }
}
