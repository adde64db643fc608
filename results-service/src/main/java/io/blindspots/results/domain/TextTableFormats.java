package io.blindspots.results.domain;

import io.blindspots.events.views.ResultTable;
import io.blindspots.events.views.TextResultTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Table 3 as fixed-width text, Markdown and CSV, in the paper's layout: signal, model, a column per dataset. */
public final class TextTableFormats {

    static final String FOOTNOTE = """
            Rows: per signal (and setting, where a signal has several) the best simple model, then each ConvNet; on
            clean data (none) also logistic regression, the model Zhang et al. compared with. Columns: the datasets.
            Best simple model: the baseline of the highest signal accuracy, averaged over the datasets, among those
            above chance (1/K) on a dataset by the exact one-sided lower bound at alpha = %s; no row when none is.
            Cells: accuracy on the row's signal split at the character level, mean ± std over seeds when n > 1, and the
            verdict of the reliance test: uses (the signal) / ignores (it) / ? (cannot tell), as in the image table
            (GET /table: reliance, chance level, conflict accuracy and intervals of every cell). ConvNet scores are
            those of the best validation epoch; "@N": that epoch.
            * still training  … no value yet  - not trained for this row  failed: failed in every run."""
            .formatted(RelianceJudge.ALPHA);

    private TextTableFormats() {
    }

    public static String text(TextResultTable table) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(header(table));
        table.rows().forEach(row -> lines.add(line(table, row)));
        int[] widths = new int[lines.getFirst().size()];
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder("Text classification accuracy on the signal split (the paper's Table 3)\n");
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                out.append(String.format("%-" + (widths[i] + 2) + "s", line.get(i)));
            }
            out.append('\n');
        }
        out.append(FOOTNOTE).append('\n');
        return out.toString().replaceAll(" +\n", "\n");
    }

    public static String markdown(TextResultTable table) {
        StringBuilder out = new StringBuilder("| " + String.join(" | ", header(table)) + " |\n|");
        header(table).forEach(h -> out.append("---|"));
        out.append('\n');
        table.rows().forEach(row -> out.append("| ").append(String.join(" | ", line(table, row))).append(" |\n"));
        return out.toString();
    }

    public static String csv(TextResultTable table) {
        StringBuilder out = new StringBuilder("signal,model,role,dataset,signal_accuracy_mean,signal_accuracy_std,"
                + "clean_accuracy_mean,signal_reliance_mean,runs,provisional,failed\n");
        for (TextResultTable.Row row : table.rows()) {
            row.cells().forEach((dataset, cell) -> out.append(String.join(",", row.signal(), row.model(),
                    row.role().name().toLowerCase(Locale.ROOT), dataset, number(cell.signalAccuracy().mean()),
                    number(cell.signalAccuracy().std()), number(cell.cleanAccuracy().mean()),
                    number(cell.signalReliance().mean()), Integer.toString(cell.runs()),
                    Boolean.toString(cell.provisional()), Integer.toString(cell.failed()))).append('\n'));
        }
        return out.toString();
    }

    private static List<String> header(TextResultTable table) {
        List<String> header = new ArrayList<>(List.of("signal", "model"));
        header.addAll(table.datasets());
        return header;
    }

    private static List<String> line(TextResultTable table, TextResultTable.Row row) {
        List<String> line = new ArrayList<>(List.of(row.signal(), row.model()));
        table.datasets().forEach(d -> line.add(TableFormats.value(row.cells().get(d))));
        return line;
    }

    private static String number(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.6f", value);
    }
}
