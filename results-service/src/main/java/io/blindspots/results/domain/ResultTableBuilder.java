package io.blindspots.results.domain;

import io.blindspots.events.Catalog;
import io.blindspots.events.MetricNames;
import io.blindspots.events.RunEvent;
import io.blindspots.events.Split;
import io.blindspots.events.views.ModelStatus;
import io.blindspots.events.views.RelianceVerdict;
import io.blindspots.events.views.ResultTable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the {@link ResultTable} of a set of runs: cells are grouped by (dataset, signal label, setting) and model. */
final class ResultTableBuilder {

    static final String SIGNAL_ACCURACY = key(Split.SIGNAL, MetricNames.ACCURACY);
    private static final String CLEAN_ACCURACY = key(Split.CLEAN, MetricNames.ACCURACY);
    private static final String CONFLICT_ACCURACY = key(Split.CONFLICT, MetricNames.ACCURACY);
    static final String RELIANCE = key(Split.CONFLICT, MetricNames.SIGNAL_RELIANCE);
    static final String CHANCE = key(Split.CLEAN, MetricNames.CHANCE_RELIANCE);
    private static final List<String> METRICS = List.of(SIGNAL_ACCURACY, CLEAN_ACCURACY, CONFLICT_ACCURACY, RELIANCE,
            CHANCE);

    private final Set<String> models = new LinkedHashSet<>();
    private final Set<String> convnets = new LinkedHashSet<>();
    private final Map<RowKey, Map<String, List<Scored>>> cells = new LinkedHashMap<>();

    private record RowKey(String dataset, String signal, RunSetting setting) {
    }

    /**
     * One run's model, with the sizes of the run's signal and conflict splits and its number of classes (null before
     * ENCODED).
     */
    private record Scored(ModelState state, Long signalImages, Long conflictImages, Long classes) {
    }

    void add(RunState run) {
        RowKey row = new RowKey(run.spec().dataset().name(), run.signalLabel(), run.setting());
        if (run.convnet() != null) {
            convnets.add(run.convnet());
        }
        run.models().forEach((model, state) -> {
            models.add(model);
            cells.computeIfAbsent(row, r -> new LinkedHashMap<>())
                    .computeIfAbsent(model, m -> new ArrayList<>())
                    .add(new Scored(state, run.images(Split.SIGNAL.wireName()),
                            run.images(Split.CONFLICT.wireName()), run.images(RunEvent.CLASSES)));
        });
    }

    ResultTable build() {
        List<String> columns = convnetsFirst(models, convnets);
        Map<RunSetting, String> labels = settingLabels();
        List<ResultTable.Row> rows = new ArrayList<>();
        cells.forEach((key, byModel) -> {
            Map<String, ResultTable.Cell> rowCells = new LinkedHashMap<>();
            for (String model : columns) {
                List<Scored> states = byModel.get(model);
                if (states != null) {
                    rowCells.put(model, cell(states));
                }
            }
            rows.add(new ResultTable.Row(key.dataset(), key.signal(), key.setting().id(), labels.get(key.setting()),
                    rowCells, best(rowCells, byModel)));
        });
        rows.sort(Comparator.comparing(ResultTable.Row::dataset).thenComparing(r -> signalOrder(r.signal()))
                .thenComparing(ResultTable.Row::signal).thenComparing(ResultTable.Row::settingLabel));
        return new ResultTable(columns, rows);
    }

    /** The columns: the ConvNets among {@code models}, then the other models, each group in first-seen order. */
    static List<String> convnetsFirst(Set<String> models, Set<String> convnets) {
        List<String> columns = new ArrayList<>(models.stream().filter(convnets::contains).toList());
        models.stream().filter(m -> !convnets.contains(m)).forEach(columns::add);
        return columns;
    }

    /** Per setting, what tells it from the other settings of its (dataset, signal). */
    private Map<RunSetting, String> settingLabels() {
        return RunSetting.labelsWithin(cells.keySet().stream().collect(Collectors.groupingBy(
                key -> List.of(key.dataset(), key.signal()), LinkedHashMap::new,
                Collectors.mapping(RowKey::setting, Collectors.toList()))).values());
    }

    private static ResultTable.Cell cell(List<Scored> runs) {
        Map<String, List<Double>> values = new LinkedHashMap<>();
        List<Double> epochs = new ArrayList<>();
        List<RelianceVerdict> verdicts = new ArrayList<>();
        Set<String> environments = new LinkedHashSet<>();
        boolean provisional = false;
        boolean bestValidation = true;
        int failed = 0;
        long signalImages = 0;
        for (Scored run : runs) {
            ModelState state = run.state();
            if (state.status() == ModelStatus.FAILED) {
                failed++;
                continue;
            }
            provisional |= !state.ended();
            if (state.environment() != null) {
                environments.add(state.environment().describe());
            }
            for (String metric : METRICS) {
                addIfPresent(values.computeIfAbsent(metric, m -> new ArrayList<>()), state.reported(metric));
            }
            if (state.reported(SIGNAL_ACCURACY) != null) {
                signalImages += run.signalImages() == null ? 0 : run.signalImages();
                epochs.add((double) state.reportedEpoch());
                bestValidation &= state.reportsBestValidation();
                verdicts.add(RelianceJudge.judge(state.reported(RELIANCE), run.conflictImages(),
                        state.reported(CHANCE)));
            }
        }
        List<Double> signal = values.getOrDefault(SIGNAL_ACCURACY, List.of());
        ResultTable.Stat signalAccuracy = stat(signal);
        return new ResultTable.Cell(signalAccuracy, interval(signalAccuracy, signalImages),
                stat(values.get(CLEAN_ACCURACY)),
                stat(values.get(CONFLICT_ACCURACY)), stat(values.get(RELIANCE)), stat(values.get(CHANCE)),
                RelianceJudge.combine(verdicts), stat(epochs), bestValidation && !epochs.isEmpty(), signal.size(),
                provisional, failed, List.copyOf(environments));
    }

    private static String key(Split split, String name) {
        return split.wireName() + "/" + name;
    }

    private static void addIfPresent(List<Double> values, Double value) {
        if (value != null) {
            values.add(value);
        }
    }

    /**
     * The best simple model: the baseline with the highest signal-split accuracy, provided that accuracy is above
     * chance ({@link #aboveChance}); null when no baseline is.
     */
    private String best(Map<String, ResultTable.Cell> cells, Map<String, List<Scored>> runs) {
        return cells.entrySet().stream()
                .filter(e -> !convnets.contains(e.getKey()))
                .filter(e -> e.getValue().signalAccuracy().mean() != null)
                .filter(e -> aboveChance(e.getValue(), runs.get(e.getKey())))
                .max(Comparator.comparingDouble(e -> e.getValue().signalAccuracy().mean()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /**
     * Whether a signal-split accuracy is above the chance level 1/K: the lower bound of its {@link #interval} exceeds
     * 1/K. Without the split sizes and K (before ENCODED), only accuracies above 1/2 count.
     */
    private static boolean aboveChance(ResultTable.Cell cell, List<Scored> runs) {
        Long classes = runs.stream().map(Scored::classes).filter(Objects::nonNull).findFirst().orElse(null);
        if (cell.signalInterval() == null || classes == null || classes < 2) {
            return cell.signalAccuracy().mean() > 0.5;
        }
        return cell.signalInterval().low() > 1.0 / classes;
    }

    /**
     * The exact Clopper–Pearson interval of a mean signal accuracy over {@code images}, the signal images of the runs
     * that have it, each bound one-sided at {@link RelianceJudge#ALPHA}; null without a value or the split sizes.
     */
    private static ResultTable.Interval interval(ResultTable.Stat accuracy, long images) {
        if (accuracy.mean() == null || images <= 0) {
            return null;
        }
        int n = Math.toIntExact(images);
        int correct = (int) Math.round(accuracy.mean() * n);
        return new ResultTable.Interval(Binomial.lowerBound(correct, n, RelianceJudge.ALPHA),
                Binomial.upperBound(correct, n, RelianceJudge.ALPHA), RelianceJudge.INTERVAL_CONFIDENCE);
    }

    static int signalOrder(String label) {
        int at = Catalog.SIGNALS.indexOf(label.contains("@") ? label.substring(0, label.indexOf('@')) : label);
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    /** Mean and sample standard deviation of the values (std 0 for one value; null mean for none or null). */
    static ResultTable.Stat stat(List<Double> values) {
        if (values == null || values.isEmpty()) {
            return new ResultTable.Stat(null, 0, 0);
        }
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double ss = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
        return new ResultTable.Stat(mean, values.size() > 1 ? Math.sqrt(ss / (values.size() - 1)) : 0, values.size());
    }
}
