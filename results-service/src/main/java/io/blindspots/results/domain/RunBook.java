package io.blindspots.results.domain;

import io.blindspots.events.MetricEvent;
import io.blindspots.events.RunEvent;
import io.blindspots.events.views.BlindspotMap;
import io.blindspots.events.views.ResultTable;
import io.blindspots.events.views.RunStatus;
import io.blindspots.events.views.RunView;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Every run results-service has heard of, folded from {@code run-events} and {@code training-metrics}. Thread-safe;
 * idempotent (a replayed event changes nothing), and order-tolerant (metrics may arrive before the spec).
 *
 * <p>The table, the map and the gauges' cell values are derived views: each is computed at most once per change of
 * the book (an event applied) and shared until the next, so a scrape that reads hundreds of gauges, or a page that
 * polls the table, costs one pass over the runs, not one per reader.
 */
public final class RunBook {

    /** Newest first: by the run's first event, then by id so that equal times still give one order. */
    private static final Comparator<Stamped> NEWEST_FIRST =
            Comparator.comparingLong(Stamped::startedAt).reversed().thenComparing(s -> s.run().runId());

    private final Map<String, RunState> runs = new ConcurrentHashMap<>();
    private final Map<String, byte[]> samples = new ConcurrentHashMap<>();
    /** Counts the events applied: a derived view computed at one count holds until the next. */
    private final AtomicLong changes = new AtomicLong();
    private final AtomicReference<Derived<ResultTable>> table = new AtomicReference<>();
    private final AtomicReference<Derived<BlindspotMap>> map = new AtomicReference<>();
    private final AtomicReference<Derived<Map<CellKey, OptionalDouble>>> cells = new AtomicReference<>();

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
        changes.incrementAndGet();
    }

    public void apply(MetricEvent event) {
        RunState run = runs.computeIfAbsent(event.runId(), RunState::new);
        synchronized (run) {
            run.apply(event);
        }
        changes.incrementAndGet();
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
        return runs(null);
    }

    /** Summaries of the runs of one setting (every run when {@code setting} is null), newest first. */
    public List<RunView> runs(String setting) {
        return sorted(NEWEST_FIRST).stream().map(run -> read(run, r -> r.view(false)))
                .filter(view -> setting == null || setting.equals(view.setting())).toList();
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
     * A metric ("split/name") of one model in the table's row of the newest setting of a (dataset, signal): the mean,
     * over that setting's runs whose model is running or finished and has the value, of each run's reported value
     * (at its best validation epoch, else its latest). The
     * newest setting is the setting of the newest such run. This is what the table's cell of that row shows (for the
     * metrics it shows), so a gauge per (dataset, signal, model, split) stays bounded and agrees with the table. Empty
     * when no such run exists.
     */
    public OptionalDouble cellValue(String dataset, String signal, String model, String metric) {
        return derived(cells, this::computeCells).getOrDefault(new CellKey(dataset, signal, model, metric),
                OptionalDouble.empty());
    }

    /**
     * Every cell value of {@link #cellValue} in one pass over the runs, newest first: a cell's newest setting is that
     * of the first run with its value, and the later runs with a value count when they share that setting.
     */
    private Map<CellKey, OptionalDouble> computeCells() {
        Map<CellKey, String> newestSetting = new HashMap<>();
        Map<CellKey, double[]> sumAndCount = new HashMap<>();
        for (RunState run : sorted(NEWEST_FIRST)) {
            synchronized (run) {
                if (run.spec() == null) {
                    continue;
                }
                String setting = run.setting().id();
                run.models().forEach((model, state) -> state.keys().forEach(metric -> {
                    Double value = run.reportedOf(model, metric);
                    if (value == null) {
                        return;
                    }
                    CellKey key = new CellKey(run.spec().dataset().name(), run.signalLabel(), model, metric);
                    if (newestSetting.computeIfAbsent(key, k -> setting).equals(setting)) {
                        double[] acc = sumAndCount.computeIfAbsent(key, k -> new double[2]);
                        acc[0] += value;
                        acc[1]++;
                    }
                }));
            }
        }
        Map<CellKey, OptionalDouble> values = new HashMap<>();
        sumAndCount.forEach((key, acc) -> values.put(key, OptionalDouble.of(acc[0] / acc[1])));
        return values;
    }

    private record CellKey(String dataset, String signal, String model, String metric) {
    }

    /** The paper-style table of every run whose spec has been seen; columns in the order the runs came. */
    public ResultTable table() {
        return table(null);
    }

    /**
     * The table of the runs of one setting (every setting when {@code setting} is null). Setting labels are those of
     * the whole table, so a filtered row reads as it does unfiltered.
     */
    public ResultTable table(String setting) {
        ResultTable all = derived(table, this::build);
        return setting == null ? all : new ResultTable(all.models(),
                all.rows().stream().filter(row -> row.setting().equals(setting)).toList());
    }

    /** The blindspot map of every run whose spec has been seen: thresholds of signal strength per model. */
    public BlindspotMap map() {
        return derived(map, this::buildMap);
    }

    /**
     * The map's threshold of one model for one (dataset, signal type): of the first row of the map for them that has
     * the model; empty when there is none or the model uses the signal at no tested strength.
     */
    public OptionalDouble threshold(String dataset, String signal, String model) {
        return map().rows().stream()
                .filter(row -> row.dataset().equals(dataset) && row.signal().equals(signal)
                        && row.cells().containsKey(model))
                .findFirst().map(row -> row.cells().get(model).threshold())
                .map(OptionalDouble::of).orElse(OptionalDouble.empty());
    }

    private ResultTable build() {
        ResultTableBuilder builder = new ResultTableBuilder();
        eachRunWithSpec(builder::add);
        return builder.build();
    }

    private BlindspotMap buildMap() {
        BlindspotMapBuilder builder = new BlindspotMapBuilder();
        eachRunWithSpec(builder::add);
        return builder.build();
    }

    /**
     * The view {@code memo} holds when no event was applied since it was computed; else computed now and kept. The
     * count is read before computing, so an event applied meanwhile makes the next reader compute it again.
     */
    private <T> T derived(AtomicReference<Derived<T>> memo, Supplier<T> compute) {
        long now = changes.get();
        Derived<T> held = memo.get();
        if (held != null && held.changes() == now) {
            return held.value();
        }
        T value = compute.get();
        memo.set(new Derived<>(now, value));
        return value;
    }

    private record Derived<T>(long changes, T value) {
    }

    /** Every run whose spec has been seen, oldest first, each under its lock. */
    private void eachRunWithSpec(Consumer<RunState> action) {
        for (RunState run : sorted(NEWEST_FIRST.reversed())) {
            synchronized (run) {
                if (run.spec() != null) {
                    action.accept(run);
                }
            }
        }
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
