package io.blindspots.results.domain;

import io.blindspots.events.Catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The paper's Table 1 for whatever has run: a row per (dataset, signal), a column per model, each cell the accuracy on
 * the {@code signal} split (with clean-split accuracy and signal reliance beside it), as mean ± std over the runs
 * (seeds) of that cell. The best non-ConvNet model of each row is named, as the paper's "best model" column does.
 *
 * @param models the columns: the ConvNets, then the other models, each group in first-seen order
 * @param rows   the rows, by dataset and then the catalogue's signal order
 */
public record ResultTable(List<String> models, List<Row> rows) {

    /**
     * @param dataset   the dataset
     * @param signal    the signal label
     * @param cells     model → cell (absent where no run of that row trains the model)
     * @param bestModel the non-ConvNet model with the highest mean signal accuracy, or null
     */
    public record Row(String dataset, String signal, Map<String, Cell> cells, String bestModel) {
    }

    /**
     * @param signalAccuracy accuracy on the signal split
     * @param cleanAccuracy  accuracy on the clean split
     * @param signalReliance share of conflict-split predictions that follow the signal
     * @param runs           runs (seeds) with a value
     * @param provisional    true while a run of the cell is still training (the values are its latest epoch's)
     * @param failed         runs of the cell whose model failed
     */
    public record Cell(Stat signalAccuracy, Stat cleanAccuracy, Stat signalReliance, int runs, boolean provisional,
                       int failed) {
    }

    /** Mean and sample standard deviation of n values (std 0 when n = 1; null mean when n = 0). */
    public record Stat(Double mean, double std, int n) {

        static Stat of(List<Double> values) {
            if (values.isEmpty()) {
                return new Stat(null, 0, 0);
            }
            double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            double ss = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
            return new Stat(mean, values.size() > 1 ? Math.sqrt(ss / (values.size() - 1)) : 0, values.size());
        }
    }

    static final class Builder {

        private final Set<String> models = new LinkedHashSet<>();
        private final Set<String> convnets = new LinkedHashSet<>();
        private final Map<List<String>, Map<String, List<ModelState>>> cells = new LinkedHashMap<>();

        void add(RunState run) {
            List<String> row = List.of(run.spec().dataset().name(), run.signalLabel());
            if (run.convnet() != null) {
                convnets.add(run.convnet());
            }
            run.models().forEach((model, state) -> {
                models.add(model);
                cells.computeIfAbsent(row, r -> new LinkedHashMap<>())
                        .computeIfAbsent(model, m -> new ArrayList<>()).add(state);
            });
        }

        ResultTable build() {
            List<String> columns = new ArrayList<>(models.stream().filter(convnets::contains).toList());
            models.stream().filter(m -> !convnets.contains(m)).forEach(columns::add);
            List<Row> rows = new ArrayList<>();
            cells.forEach((key, byModel) -> {
                Map<String, Cell> rowCells = new LinkedHashMap<>();
                for (String model : columns) {
                    List<ModelState> states = byModel.get(model);
                    if (states != null) {
                        rowCells.put(model, cell(states));
                    }
                }
                rows.add(new Row(key.get(0), key.get(1), rowCells, best(rowCells, convnets)));
            });
            rows.sort(Comparator.comparing(Row::dataset).thenComparing(r -> signalOrder(r.signal()))
                    .thenComparing(Row::signal));
            return new ResultTable(columns, rows);
        }

        private static Cell cell(List<ModelState> states) {
            List<Double> signal = new ArrayList<>();
            List<Double> clean = new ArrayList<>();
            List<Double> reliance = new ArrayList<>();
            boolean provisional = false;
            int failed = 0;
            for (ModelState state : states) {
                if (state.status() == ModelStatus.FAILED) {
                    failed++;
                    continue;
                }
                provisional |= !state.ended();
                addIfPresent(signal, state.latest("signal/accuracy"));
                addIfPresent(clean, state.latest("clean/accuracy"));
                addIfPresent(reliance, state.latest("conflict/signal-reliance"));
            }
            return new Cell(Stat.of(signal), Stat.of(clean), Stat.of(reliance), signal.size(), provisional, failed);
        }

        private static void addIfPresent(List<Double> values, Double value) {
            if (value != null) {
                values.add(value);
            }
        }

        private static String best(Map<String, Cell> cells, Set<String> convnets) {
            return cells.entrySet().stream()
                    .filter(e -> !convnets.contains(e.getKey()))
                    .filter(e -> e.getValue().signalAccuracy().mean() != null)
                    .max(Comparator.comparingDouble(e -> e.getValue().signalAccuracy().mean()))
                    .map(Map.Entry::getKey).orElse(null);
        }

        private static int signalOrder(String label) {
            int at = Catalog.SIGNALS.indexOf(label.contains("@") ? label.substring(0, label.indexOf('@')) : label);
            return at < 0 ? Integer.MAX_VALUE : at;
        }
    }
}
