package io.blindspots.events.views;

import java.util.List;
import java.util.Map;

/**
 * The paper's Table 1 for whatever has run: a row per (dataset, signal, setting), a column per model, each cell the
 * accuracy on the {@code signal} split (with clean-split accuracy and signal reliance beside it), as mean ± std over
 * the runs (seeds) of that cell. A setting is a run's spec without run id, sweep and seed: seeds are averaged only
 * within one; rows of one (dataset, signal) say what tells their settings apart. The best non-ConvNet model of each row
 * is named, as the paper's "best model" column does.
 *
 * <p>The JSON of {@code GET /table}; results-service builds it from the runs it has seen.
 *
 * @param models the columns: the ConvNets, then the other models, each group in first-seen order
 * @param rows   the rows, by dataset and then the catalogue's signal order
 */
public record ResultTable(List<String> models, List<Row> rows) {

    /**
     * @param dataset   the dataset
     * @param signal       the signal label
     * @param setting      the setting's id ("set-…"), as in {@code RunView.setting}
     * @param settingLabel what tells this setting from the others of the same dataset and signal ("trainLimit=500");
     *                     empty when the row's (dataset, signal) has one setting
     * @param cells        model → cell (absent where no run of that row trains the model)
     * @param bestModel    the non-ConvNet model with the highest mean signal accuracy, or null
     */
    public record Row(String dataset, String signal, String setting, String settingLabel, Map<String, Cell> cells,
                      String bestModel) {
    }

    /**
     * @param signalAccuracy   accuracy on the signal split
     * @param signalInterval   the exact Clopper–Pearson interval of the signal-split accuracy over the signal images
     *                         of all the cell's runs (each bound one-sided at the reliance test's alpha): the spread
     *                         the test split's size allows; null before the split sizes are known
     * @param cleanAccuracy    accuracy on the clean split
     * @param conflictAccuracy accuracy on the conflict split (the image's class, against its signal)
     * @param signalReliance   share of conflict-split predictions that follow the signal
     * @param chanceReliance   the yardstick of signal reliance: the model's clean-split share of predictions naming
     *                         (c+1) mod K, what its reliance would be if it ignored the signal
     * @param verdict          whether the model follows the signal, from the test in docs/design.md
     * @param epoch            the epoch whose scores the cell shows (mean over runs)
     * @param bestValidation   true when every run's scores are those of its best validation epoch (a ConvNet that
     *                         stops early), false when they are of the latest epoch
     * @param runs             runs (seeds) with a value
     * @param provisional      true while a run of the cell is still training (the values are its latest epoch's)
     * @param failed           runs of the cell whose model failed
     * @param environments     where the cell's numbers were measured: each distinct code version, CPU and backend
     *                         of its runs ({@code RunEnvironment.describe()}), in the order first seen
     */
    public record Cell(Stat signalAccuracy, Interval signalInterval, Stat cleanAccuracy, Stat conflictAccuracy, Stat signalReliance,
                       Stat chanceReliance, RelianceVerdict verdict, Stat epoch, boolean bestValidation, int runs,
                       boolean provisional, int failed, List<String> environments) {
    }

    /** A confidence interval [low, high] of a proportion, at the given two-sided confidence (0.98: 98 %). */
    public record Interval(double low, double high, double confidence) {
    }

    /** Mean and sample standard deviation of n values (std 0 when n = 1; null mean when n = 0). */
    public record Stat(Double mean, double std, int n) {
    }
}
