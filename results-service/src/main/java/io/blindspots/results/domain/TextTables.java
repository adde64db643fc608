package io.blindspots.results.domain;

import io.blindspots.events.Catalog;
import io.blindspots.events.views.ResultTable;
import io.blindspots.events.views.TextResultTable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Splits the table of every run into the image table (the paper's Table 1) and the text table (Table 3), so that the
 * two are shown side by side and never mixed: a dataset is text when the catalogue lists it as such.
 */
public final class TextTables {

    private static final String SETTING_SEPARATOR = " · ";

    private TextTables() {
    }

    /** The rows of image datasets, with the columns they use. */
    public static ResultTable images(ResultTable all) {
        List<ResultTable.Row> rows = all.rows().stream().filter(r -> !isText(r.dataset())).toList();
        Set<String> used = rows.stream().flatMap(r -> r.cells().keySet().stream()).collect(Collectors.toSet());
        return new ResultTable(all.models().stream().filter(used::contains).toList(), rows);
    }

    /** Table 3 of the text rows; ConvNets are the models of {@link Catalog#ARCHS}. */
    public static TextResultTable text(ResultTable all) {
        List<ResultTable.Row> rows = all.rows().stream().filter(r -> isText(r.dataset())).toList();
        List<String> datasets = Catalog.TEXT_DATASETS.stream()
                .filter(d -> rows.stream().anyMatch(r -> r.dataset().equals(d))).toList();
        Map<String, Map<String, Map<String, ResultTable.Cell>>> bySignal = new LinkedHashMap<>();
        // A (dataset, signal) with several settings has a row per setting: its label tells them apart.
        rows.forEach(r -> r.cells().forEach((model, cell) -> bySignal.computeIfAbsent(label(r),
                s -> new LinkedHashMap<>()).computeIfAbsent(model, m -> new LinkedHashMap<>()).put(r.dataset(), cell)));
        List<TextResultTable.Row> out = new ArrayList<>();
        bySignal.keySet().stream().sorted(Comparator.comparingInt(TextTables::signalOrder)
                .thenComparing(Comparator.naturalOrder())).forEach(signal -> {
                    Map<String, Map<String, ResultTable.Cell>> byModel = bySignal.get(signal);
                    String best = best(byModel, rows.stream().filter(r -> label(r).equals(signal))
                            .map(ResultTable.Row::bestModel).filter(Objects::nonNull).collect(Collectors.toSet()));
                    boolean clean = signalOf(signal).equals(Catalog.NONE);
                    if (clean && byModel.containsKey(Catalog.LOGISTIC_REGRESSION)) {
                        out.add(row(signal, Catalog.LOGISTIC_REGRESSION, TextResultTable.Role.LOGISTIC_REGRESSION,
                                byModel));
                    }
                    if (best != null && !(clean && best.equals(Catalog.LOGISTIC_REGRESSION))) {
                        out.add(row(signal, best, TextResultTable.Role.BEST_SIMPLE_MODEL, byModel));
                    }
                    byModel.keySet().stream().filter(Catalog.ARCHS::contains)
                            .forEach(m -> out.add(row(signal, m, TextResultTable.Role.CONVNET, byModel)));
                });
        return new TextResultTable(datasets, out);
    }

    private static TextResultTable.Row row(String signal, String model, TextResultTable.Role role,
                                           Map<String, Map<String, ResultTable.Cell>> byModel) {
        return new TextResultTable.Row(signal, model, role, byModel.get(model));
    }

    /**
     * The model of the highest signal accuracy averaged over datasets, among the candidates: the best simple models
     * of the signal's rows, each of which is above chance on its dataset (image table's rule); null when none is.
     */
    private static String best(Map<String, Map<String, ResultTable.Cell>> byModel, Set<String> candidates) {
        String best = null;
        double bestMean = Double.NEGATIVE_INFINITY;
        for (var entry : byModel.entrySet()) {
            if (Catalog.ARCHS.contains(entry.getKey()) || !candidates.contains(entry.getKey())) {
                continue;
            }
            OptionalDouble mean = entry.getValue().values().stream().map(c -> c.signalAccuracy().mean())
                    .filter(Objects::nonNull).mapToDouble(Double::doubleValue).average();
            if (mean.isPresent() && mean.getAsDouble() > bestMean) {
                best = entry.getKey();
                bestMean = mean.getAsDouble();
            }
        }
        return best;
    }

    private static boolean isText(String dataset) {
        return Catalog.TEXT_DATASETS.contains(dataset);
    }

    /** The row's signal label, with its setting label when its (dataset, signal) has several settings. */
    private static String label(ResultTable.Row row) {
        return row.settingLabel() == null || row.settingLabel().isEmpty() ? row.signal()
                : row.signal() + SETTING_SEPARATOR + row.settingLabel();
    }

    private static String signalOf(String label) {
        return label.contains(SETTING_SEPARATOR) ? label.substring(0, label.indexOf(SETTING_SEPARATOR)) : label;
    }

    private static int signalOrder(String label) {
        String signal = signalOf(label);
        int at = Catalog.TEXT_SIGNALS.indexOf(signal.contains("@") ? signal.substring(0, signal.indexOf('@')) : signal);
        return at < 0 ? Integer.MAX_VALUE : at;
    }
}
