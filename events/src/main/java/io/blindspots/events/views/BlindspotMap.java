package io.blindspots.events.views;

import java.util.List;
import java.util.Map;

/**
 * The blindspot map: how strong must a signal be before each model uses it. A row per (dataset, signal, setting
 * without the signal's strength) that has runs at two strengths or more (a sweep's {@code scales} or {@code rms}), a
 * column per model, each cell the model's verdict, signal-split accuracy and signal reliance as functions of the
 * strength, and its <em>threshold</em>: the weakest tested strength at which the verdict over its runs is
 * {@link RelianceVerdict#USES_SIGNAL}.
 *
 * <p>The JSON of {@code GET /map}; results-service builds it from the runs it has seen, with the same verdict test
 * as {@link ResultTable}'s cells.
 *
 * @param models the columns: the ConvNets (variants included), then the other models, each group in first-seen order
 * @param rows   the rows, by dataset and then the catalogue's signal order
 */
public record BlindspotMap(List<String> models, List<Row> rows) {

    /**
     * @param dataset      the dataset
     * @param signal       the signal type
     * @param parameter    the spec parameter that holds its strength ("scale", "rms", "fraction")
     * @param setting      the id ("set-…") of what the row's runs share: their setting without the strength
     * @param settingLabel what tells this row from the others of the same dataset and signal; empty when alone
     * @param strengths    every strength the row's runs tested, weakest first
     * @param cells        model → cell (absent where no run of the row trains the model)
     */
    public record Row(String dataset, String signal, String parameter, String setting, String settingLabel,
                      List<Double> strengths, Map<String, Cell> cells) {
    }

    /**
     * @param threshold      the weakest strength whose verdict over all its runs is "uses the signal"; null when no
     *                       tested strength's is (the threshold is above the strongest tested, or it cannot tell)
     * @param seedThresholds per seed, the weakest strength at which that seed's run uses the signal (null: none), in
     *                       seed order: the threshold's spread over seeds
     * @param seeds          the seeds of the cell's runs, in order
     * @param low            the lowest of the seeds' thresholds, null when no seed has one
     * @param high           the highest, null when a seed has none (then the spread reaches above the grid)
     * @param points         the model at each tested strength, weakest first
     */
    public record Cell(Double threshold, List<Double> seedThresholds, List<Long> seeds, Double low, Double high,
                       List<Point> points) {
    }

    /**
     * @param strength       the signal's strength
     * @param signalAccuracy accuracy on the signal split, over the runs (seeds) at this strength
     * @param signalReliance share of conflict-split predictions that follow the signal
     * @param chanceReliance what that share would be if the model ignored the signal
     * @param verdict        the verdict over these runs, as in the table
     * @param runs           runs with a value
     * @param provisional    true while a run is still training
     */
    public record Point(double strength, ResultTable.Stat signalAccuracy, ResultTable.Stat signalReliance,
                        ResultTable.Stat chanceReliance, RelianceVerdict verdict, int runs, boolean provisional) {
    }
}
