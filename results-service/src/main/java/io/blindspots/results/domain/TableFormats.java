package io.blindspots.results.domain;

import io.blindspots.events.views.RelianceVerdict;
import io.blindspots.events.views.ResultTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The table as fixed-width text (the CLI prints it), Markdown and CSV. */
public final class TableFormats {

    /** What the cells mean; the text table ends with it. */
    static final String FOOTNOTE = """
            Rows: one per (dataset, signal, setting); a setting is a run's spec without run id, sweep and seed, and
            seeds are averaged only within one. "setting" names the fields that tell a signal's settings apart.
            Cells: accuracy of the column's model on the row's signal split, mean ± std over seeds when n > 1, and the
            verdict: uses (the signal) / ignores (it) / ? (cannot tell). Reliance: share of conflict-split predictions
            that follow the signal, vs "chance", the share a model that ignores the signal would show (its clean-split
            share of predictions naming (c+1) mod K); "acc": conflict-split accuracy. Verdict per run: exact one-sided
            Clopper-Pearson bounds at alpha = %s on the reliance, against chance + %s (above: uses; below: ignores);
            over seeds, their common verdict. ConvNet scores are those of the best validation epoch (early stopping);
            "@N": that epoch. Best simple model: the baseline with the highest signal accuracy whose exact one-sided
            lower bound (alpha = %s, over the signal images of the cell's runs) is above chance, 1/K; "-" when none is.
            * still training  … no value yet  - not trained for this row  failed: failed in every run."""
            .formatted(RelianceJudge.ALPHA, RelianceJudge.MARGIN, RelianceJudge.ALPHA);

    private TableFormats() {
    }

    public static String text(ResultTable table) {
        StringBuilder out = new StringBuilder("Accuracy on the signal split (test images carrying their own label's "
                + "signal) and the verdict\n");
        out.append(grid(table, TableFormats::value, true));
        out.append("\nSignal reliance vs chance (a signal-blind model's) on the conflict split, and conflict "
                + "accuracy\n");
        out.append(grid(table, TableFormats::reliance, false));
        out.append("\nSpread of the signal accuracy: the exact %s interval over the test images, and the std over "
                .formatted(percent(RelianceJudge.INTERVAL_CONFIDENCE)) + "seeds where there are several\n");
        out.append(grid(table, TableFormats::spread, false));
        List<String> environments = environments(table);
        if (!environments.isEmpty()) {
            out.append("\nMeasured on:\n");
            environments.forEach(e -> out.append("  ").append(e).append('\n'));
        }
        out.append(FOOTNOTE).append('\n');
        return out.toString().replaceAll(" +\n", "\n");
    }

    private static String grid(ResultTable table, Function<ResultTable.Cell, String> show, boolean best) {
        boolean settings = hasSettingLabels(table);
        List<String> header = new ArrayList<>(List.of("dataset", "signal"));
        if (settings) {
            header.add("setting");
        }
        header.addAll(table.models());
        if (best) {
            header.add("best simple model");
        }
        List<List<String>> lines = new ArrayList<>();
        lines.add(header);
        for (ResultTable.Row row : table.rows()) {
            List<String> line = new ArrayList<>(List.of(row.dataset(), row.signal()));
            if (settings) {
                line.add(settingLabel(row));
            }
            table.models().forEach(m -> line.add(row.cells().get(m) == null ? "-" : show.apply(row.cells().get(m))));
            if (best) {
                line.add(row.bestModel() == null ? "-" : row.bestModel());
            }
            lines.add(line);
        }
        return align(lines);
    }

    /** Lines of cells as fixed-width columns, each two spaces wider than its widest cell. */
    static String align(List<List<String>> lines) {
        int[] widths = new int[lines.getFirst().size()];
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                out.append(String.format("%-" + (widths[i] + 2) + "s", line.get(i)));
            }
            out.append('\n');
        }
        return out.toString();
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
                ResultTable.Cell cell = row.cells().get(model);
                String value = cell == null ? "-" : value(cell);
                out.append(model.equals(row.bestModel()) ? "**" + value + "**" : value);
                if (cell != null && cell.signalReliance().mean() != null) {
                    out.append("<br>").append(reliance(cell));
                }
                out.append(" | ");
            }
            out.append(row.bestModel() == null ? "-" : row.bestModel()).append(" |\n");
        }
        List<String> environments = environments(table);
        if (!environments.isEmpty()) {
            out.append("\nMeasured on: ").append(String.join("; ", environments)).append('\n');
        }
        return out.toString();
    }

    public static String csv(ResultTable table) {
        StringBuilder out = new StringBuilder("dataset,signal,setting,setting_label,model,signal_accuracy_mean,"
                + "signal_accuracy_std,signal_accuracy_low,signal_accuracy_high,clean_accuracy_mean,conflict_accuracy_mean,signal_reliance_mean,"
                + "chance_reliance_mean,verdict,epoch_mean,best_validation,runs,provisional,failed,environments\n");
        for (ResultTable.Row row : table.rows()) {
            row.cells().forEach((model, cell) -> out.append(String.join(",", row.dataset(), row.signal(),
                    row.setting(), quoted(row.settingLabel()), model,
                    number(cell.signalAccuracy().mean()), number(cell.signalAccuracy().std()),
                    number(cell.signalInterval() == null ? null : cell.signalInterval().low()),
                    number(cell.signalInterval() == null ? null : cell.signalInterval().high()),
                    number(cell.cleanAccuracy().mean()), number(cell.conflictAccuracy().mean()),
                    number(cell.signalReliance().mean()), number(cell.chanceReliance().mean()),
                    cell.verdict().name().toLowerCase(Locale.ROOT), number(cell.epoch().mean()),
                    Boolean.toString(cell.bestValidation()), Integer.toString(cell.runs()),
                    Boolean.toString(cell.provisional()), Integer.toString(cell.failed()),
                    quoted(String.join("; ", cell.environments())))).append('\n'));
        }
        return out.toString();
    }

    /** "0.998±0.002 uses @7*": signal accuracy, verdict, the best validation epoch, still training. */
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
        value += " " + verdict(cell.verdict());
        if (cell.bestValidation()) {
            value += String.format(Locale.ROOT, " @%.0f", cell.epoch().mean());
        }
        return cell.provisional() ? value + "*" : value;
    }

    /** "0.981 vs 0.010, acc 0.012". */
    static String reliance(ResultTable.Cell cell) {
        if (cell.signalReliance().mean() == null) {
            return cell.failed() > 0 && !cell.provisional() ? "failed" : "…";
        }
        return String.format(Locale.ROOT, "%.3f vs %s, acc %s", cell.signalReliance().mean(),
                fixed(cell.chanceReliance().mean()), fixed(cell.conflictAccuracy().mean()));
    }

    /** "[0.975, 0.990]", with "sd 0.004 " before it over several seeds. */
    static String spread(ResultTable.Cell cell) {
        if (cell.signalInterval() == null) {
            return cell.signalAccuracy().mean() == null ? "…" : "–";
        }
        String interval = "[" + fixed(cell.signalInterval().low()) + ", " + fixed(cell.signalInterval().high()) + "]";
        return cell.signalAccuracy().n() > 1 ? "sd " + fixed(cell.signalAccuracy().std()) + " " + interval : interval;
    }

    private static String percent(double confidence) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * confidence);
    }

    private static String verdict(RelianceVerdict verdict) {
        return switch (verdict) {
            case USES_SIGNAL -> "uses";
            case IGNORES_SIGNAL -> "ignores";
            case CANNOT_TELL -> "?";
        };
    }

    /** Every distinct environment of the table's cells, in the order first seen. */
    static List<String> environments(ResultTable table) {
        return table.rows().stream().flatMap(row -> row.cells().values().stream())
                .flatMap(cell -> cell.environments().stream()).distinct().toList();
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

    private static String fixed(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String number(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.6f", value);
    }
}
