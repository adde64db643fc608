package io.blindspots.results.domain;

import io.blindspots.events.views.ResultTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The table as fixed-width text (the CLI prints it), Markdown and CSV. */
public final class TableFormats {

    /** What the cells mean; the text table ends with it. */
    static final String FOOTNOTE = """
            Rows: one per (dataset, signal, setting); a setting is a run's spec without run id, sweep and seed, and
            seeds are averaged only within one. "setting" names the fields that tell a signal's settings apart.
            Cells: accuracy of the column's model on the row's signal split, mean ± std over seeds when n > 1.
            * still training (latest epoch)  … no value yet  - not trained for this row  failed: failed in every run.
            Clean-split accuracy and signal reliance per cell: GET /table (JSON).""";

    private TableFormats() {
    }

    public static String text(ResultTable table) {
        boolean settings = hasSettingLabels(table);
        List<String> header = new ArrayList<>(List.of("dataset", "signal"));
        if (settings) {
            header.add("setting");
        }
        header.addAll(table.models());
        header.add("best simple model");
        List<List<String>> lines = new ArrayList<>();
        lines.add(header);
        for (ResultTable.Row row : table.rows()) {
            List<String> line = new ArrayList<>(List.of(row.dataset(), row.signal()));
            if (settings) {
                line.add(settingLabel(row));
            }
            table.models().forEach(m -> line.add(value(row.cells().get(m))));
            line.add(row.bestModel() == null ? "-" : row.bestModel());
            lines.add(line);
        }
        int[] widths = new int[header.size()];
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder("Accuracy on the signal split (test images carrying their own label's signal)\n");
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                out.append(String.format("%-" + (widths[i] + 2) + "s", line.get(i)));
            }
            out.append('\n');
        }
        out.append(FOOTNOTE).append('\n');
        return out.toString().replaceAll(" +\n", "\n");
    }

    public static String markdown(ResultTable table) {
        boolean settings = hasSettingLabels(table);
        StringBuilder out = new StringBuilder("| dataset | signal | ").append(settings ? "setting | " : "");
        table.models().forEach(m -> out.append(m).append(" | "));
        out.append("best simple model |\n|---|---|").append(settings ? "---|" : "");
        table.models().forEach(m -> out.append("---|"));
        out.append("---|\n");
        for (ResultTable.Row row : table.rows()) {
            out.append("| ").append(row.dataset()).append(" | ").append(row.signal()).append(" | ");
            if (settings) {
                out.append(settingLabel(row)).append(" | ");
            }
            for (String model : table.models()) {
                String value = value(row.cells().get(model));
                out.append(model.equals(row.bestModel()) ? "**" + value + "**" : value).append(" | ");
            }
            out.append(row.bestModel() == null ? "-" : row.bestModel()).append(" |\n");
        }
        return out.toString();
    }

    public static String csv(ResultTable table) {
        StringBuilder out = new StringBuilder("dataset,signal,setting,setting_label,model,signal_accuracy_mean,signal_accuracy_std,"
                + "clean_accuracy_mean,signal_reliance_mean,runs,provisional,failed\n");
        for (ResultTable.Row row : table.rows()) {
            row.cells().forEach((model, cell) -> out.append(String.join(",", row.dataset(), row.signal(),
                    row.setting(), quoted(row.settingLabel()), model,
                    number(cell.signalAccuracy().mean()), number(cell.signalAccuracy().std()),
                    number(cell.cleanAccuracy().mean()), number(cell.signalReliance().mean()),
                    Integer.toString(cell.runs()), Boolean.toString(cell.provisional()),
                    Integer.toString(cell.failed()))).append('\n'));
        }
        return out.toString();
    }

    static String value(ResultTable.Cell cell) {
        if (cell == null) {
            return "-";
        }
        ResultTable.Stat stat = cell.signalAccuracy();
        if (stat.mean() == null) {
            return cell.failed() > 0 && !cell.provisional() ? "failed" : "…";
        }
        String value = String.format(Locale.ROOT, "%.3f", stat.mean());
        if (stat.n() > 1) {
            value += String.format(Locale.ROOT, "±%.3f", stat.std());
        }
        return cell.provisional() ? value + "*" : value;
    }

    private static boolean hasSettingLabels(ResultTable table) {
        return table.rows().stream().anyMatch(row -> !row.settingLabel().isEmpty());
    }

    /** The row's distinguishing fields, or its setting's id where it is its signal's only setting. */
    private static String settingLabel(ResultTable.Row row) {
        return row.settingLabel().isEmpty() ? row.setting() : row.settingLabel();
    }

    private static String quoted(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static String number(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.6f", value);
    }
}
