package io.blindspots.results.metrics;

/** Every meter results-service publishes, named once; tags are bounded (never a run id). */
public final class MeterNames {

    /** Gauge, tags dataset, signal, model, split: the latest accuracy of the newest running or finished run. */
    public static final String ACCURACY = "blindspots.accuracy";
    /** Gauge, tags dataset, signal, model: the latest signal reliance (conflict split) of that cell. */
    public static final String SIGNAL_RELIANCE = "blindspots.signal.reliance";
    /**
     * Gauge, tags dataset, signal (the type), model: the blindspot map's threshold, the weakest tested strength at
     * which the model uses the signal (NaN where it uses it at none); of the map's first row for that signal.
     */
    public static final String MAP_THRESHOLD = "blindspots.map.threshold";
    /** Gauge, tag status: how many runs are in each status. */
    public static final String RUNS = "blindspots.runs";
    /** Counter: metric events consumed (replays included). */
    public static final String METRIC_EVENTS = "blindspots.metric.events";
    /** Counter: run lifecycle events consumed (replays included). */
    public static final String RUN_EVENTS = "blindspots.run.events";

    public static final String DATASET = "dataset";
    public static final String SIGNAL = "signal";
    public static final String MODEL = "model";
    public static final String SPLIT = "split";
    public static final String STATUS = "status";

    private MeterNames() {
    }
}
