package io.blindspots.events.views;

import java.util.List;
import java.util.Map;

/**
 * The paper's Table 3 for the text runs: a row per (signal, model), a column per text dataset, each cell the model's
 * accuracy on the {@code signal} split (clean accuracy and signal reliance beside it) as in {@link ResultTable}. For
 * each signal the best simple (non-ConvNet) model is named, then the ConvNet; the clean data ({@code none}) has the
 * logistic-regression and ConvNet rows the paper compares with. Image runs are never in it.
 *
 * <p>The JSON of {@code GET /table/text}.
 *
 * @param datasets the columns: the text datasets that have runs, in the catalogue's order
 * @param rows     the rows, by the catalogue's text-signal order
 */
public record TextResultTable(List<String> datasets, List<Row> rows) {

    /** What a row shows. */
    public enum Role {
        /** the non-ConvNet model with the highest mean signal accuracy over the row's datasets */
        BEST_SIMPLE_MODEL,
        /** logistic regression, on the clean row: the paper's "Clean data LR" */
        LOGISTIC_REGRESSION,
        /** a ConvNet */
        CONVNET
    }

    /**
     * @param signal the signal label, then " · " and the setting label where a (dataset, signal) has several settings
     * @param model  the model of the row
     * @param role   why the row is there
     * @param cells  dataset → cell (absent where the model has no run on that dataset)
     */
    public record Row(String signal, String model, Role role, Map<String, ResultTable.Cell> cells) {
    }
}
