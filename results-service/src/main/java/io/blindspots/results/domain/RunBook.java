package io.blindspots.results.domain;

import io.blindspots.events.MetricEvent;
import io.blindspots.events.RunEvent;
import io.blindspots.events.views.ResultTable;
import io.blindspots.events.views.RunStatus;
import io.blindspots.events.views.RunView;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Every run results-service has heard of, folded from {@code run-events} and {@code training-metrics}. Thread-safe;
 * idempotent (a replayed event changes nothing), and order-tolerant (metrics may arrive before the spec).
 */
public final class RunBook {

    /** Newest first: by the run's first event, then by id so that equal times still give one order. */
    private static final Comparator<Stamped> NEWEST_FIRST =
            Comparator.comparingLong(Stamped::startedAt).reversed().thenComparing(s -> s.run().runId());

    private final Map<String, RunState> runs = new ConcurrentHashMap<>();
    private final Map<String, byte[]> samples = new ConcurrentHashMap<>();

    /**
     * @throws IllegalArgumentException for an event that breaks the contract (ACCEPTED without its spec, a model event
     *                                  without its model); the book is left as it was
     */
    public void apply(RunEvent event) {
        requireComplete(event);
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

    private static void requireComplete(RunEvent event) {
        switch (event.type()) {
            case ACCEPTED -> {
                if (event.spec() == null) {
                    throw new IllegalArgumentException("ACCEPTED event of run " + event.runId() + " carries no spec");
                }
            }
            case MODEL_STARTED, MODEL_FINISHED, MODEL_FAILED -> {
                if (event.model() == null) {
                    throw new IllegalArgumentException(event.type() + " event of run " + event.runId()
                            + " names no model");
                }
            }
            default -> {
            }
        }
    }

    public void samples(String runId, byte[] png) {
        samples.put(runId, png.clone());
    }

    public Optional<byte[]> samples(String runId) {
        return Optional.ofNullable(samples.get(runId)).map(byte[]::clone);
    }

    /** Summaries (latest values, no curves), newest first. */
    public List<RunView> runs() {
        return sorted(NEWEST_FIRST).stream().map(run -> read(run, r -> r.view(false))).toList();
    }

    /** One run's summary (latest values, no curves). */
    public Optional<RunView> summary(String runId) {
        return Optional.ofNullable(runs.get(runId)).map(run -> read(run, r -> r.view(false)));
    }

    /** The full view of one run, with its learning curves. */
    public Optional<RunView> run(String runId) {
        return Optional.ofNullable(runs.get(runId)).map(run -> read(run, r -> r.view(true)));
    }

    /** How many runs are in the given status now. */
    public long count(RunStatus status) {
        return runs.values().stream().filter(run -> read(run, RunState::status) == status).count();
    }

    /**
     * The latest value of a metric ("split/name") in one cell of the table: taken from the newest run of that dataset
     * and signal whose model is running or finished and has the value. Empty when no such run exists.
     */
    public OptionalDouble latest(String dataset, String signal, String model, String metric) {
        for (RunState run : sorted(NEWEST_FIRST)) {
            Double value = read(run, r -> r.spec() != null && r.spec().dataset().name().equals(dataset)
                    && signal.equals(r.signalLabel()) ? r.latestOf(model, metric) : null);
            if (value != null) {
                return OptionalDouble.of(value);
            }
        }
        return OptionalDouble.empty();
    }

    /** The paper-style table of every run whose spec has been seen; columns in the order the runs came. */
    public ResultTable table() {
        ResultTableBuilder builder = new ResultTableBuilder();
        for (RunState run : sorted(NEWEST_FIRST.reversed())) {
            synchronized (run) {
                if (run.spec() != null) {
                    builder.add(run);
                }
            }
        }
        return builder.build();
    }

    /** Runs in the given order of a snapshot of their start times, which other threads may move meanwhile. */
    private List<RunState> sorted(Comparator<Stamped> order) {
        return runs.values().stream().map(run -> new Stamped(run, read(run, RunState::startedAt)))
                .sorted(order).map(Stamped::run).toList();
    }

    private record Stamped(RunState run, long startedAt) {
    }

    private static <T> T read(RunState run, Function<RunState, T> reader) {
        synchronized (run) {
            return reader.apply(run);
        }
    }
}
