package io.blindspots.results.domain;

import io.blindspots.events.Split;
import io.blindspots.events.signal.SignalSpec;
import io.blindspots.events.views.BlindspotMap;
import io.blindspots.events.views.ModelStatus;
import io.blindspots.events.views.RelianceVerdict;
import io.blindspots.events.views.ResultTable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the {@link BlindspotMap} of a set of runs: runs are grouped by (dataset, signal type, setting without the
 * signal's strength) and model, and each group's runs by strength; a group with two strengths or more is a row. What
 * the ConvNet variant and the list of baselines are does not split a row: a column is one model (a variant is a
 * model of its own, {@code kdd4+coordconv}), and neither changes another model's numbers; a model's run of one
 * strength and seed counts once, however many runs of the row trained it.
 */
final class BlindspotMapBuilder {

    private final Set<String> models = new LinkedHashSet<>();
    private final Set<String> convnets = new LinkedHashSet<>();
    private final Map<RowKey, Map<String, List<Measured>>> groups = new LinkedHashMap<>();

    private record RowKey(String dataset, String signal, String parameter, RunSetting setting) {
    }

    /** One run's model at one strength: its per-run verdict and values (null before it has scores). */
    private record Measured(double strength, long seed, RelianceVerdict verdict, Double accuracy, Double reliance,
                            Double chance, boolean provisional) {
    }

    void add(RunState run) {
        if (!(run.spec().signal() instanceof SignalSpec.Graded graded) || graded.strength() == null) {
            return;
        }
        RowKey key = new RowKey(run.spec().dataset().name(), graded.type(), graded.strengthParameter(),
                run.setting().without("signal." + graded.strengthParameter()).without("convnet.variant")
                        .without("baselines"));
        if (run.spec().convnet() != null) {
            convnets.add(run.spec().convnet().label());
        }
        Long conflict = run.images(Split.CONFLICT.wireName());
        run.models().forEach((model, state) -> {
            models.add(model);
            if (state.status() == ModelStatus.FAILED) {
                return;
            }
            Double accuracy = state.reported(ResultTableBuilder.SIGNAL_ACCURACY);
            Double reliance = state.reported(ResultTableBuilder.RELIANCE);
            Double chance = state.reported(ResultTableBuilder.CHANCE);
            RelianceVerdict verdict = accuracy == null ? null : RelianceJudge.judge(reliance, conflict, chance);
            groups.computeIfAbsent(key, k -> new LinkedHashMap<>()).computeIfAbsent(model, m -> new ArrayList<>())
                    .add(new Measured(graded.strength(), run.spec().seed(), verdict, accuracy, reliance, chance,
                            !state.ended()));
        });
    }

    BlindspotMap build() {
        List<String> columns = ResultTableBuilder.convnetsFirst(models, convnets);
        Map<RunSetting, String> labels = settingLabels();
        List<BlindspotMap.Row> rows = new ArrayList<>();
        groups.forEach((key, byModel) -> {
            TreeSet<Double> strengths = new TreeSet<>();
            byModel.values().forEach(runs -> runs.forEach(r -> strengths.add(r.strength())));
            if (strengths.size() < 2) {
                return;
            }
            Map<String, BlindspotMap.Cell> cells = new LinkedHashMap<>();
            columns.stream().filter(byModel::containsKey).forEach(model -> cells.put(model, cell(byModel.get(model))));
            rows.add(new BlindspotMap.Row(key.dataset(), key.signal(), key.parameter(), key.setting().id(),
                    labels.get(key.setting()), List.copyOf(strengths), cells));
        });
        rows.sort(Comparator.comparing(BlindspotMap.Row::dataset)
                .thenComparing(r -> ResultTableBuilder.signalOrder(r.signal())).thenComparing(BlindspotMap.Row::signal)
                .thenComparing(BlindspotMap.Row::settingLabel));
        return new BlindspotMap(columns, rows);
    }

    private Map<RunSetting, String> settingLabels() {
        return RunSetting.labelsWithin(groups.keySet().stream().collect(Collectors.groupingBy(
                key -> List.of(key.dataset(), key.signal()), LinkedHashMap::new,
                Collectors.mapping(RowKey::setting, Collectors.toList()))).values());
    }

    private static BlindspotMap.Cell cell(List<Measured> runs) {
        TreeMap<Double, List<Measured>> byStrength = new TreeMap<>();
        Set<List<Object>> seen = new HashSet<>();
        runs.stream().filter(r -> seen.add(List.of(r.strength(), r.seed())))
                .forEach(r -> byStrength.computeIfAbsent(r.strength(), s -> new ArrayList<>()).add(r));
        List<BlindspotMap.Point> points = new ArrayList<>();
        Double threshold = null;
        for (Map.Entry<Double, List<Measured>> at : byStrength.entrySet()) {
            List<Measured> scored = at.getValue().stream().filter(r -> r.verdict() != null).toList();
            RelianceVerdict verdict = scored.isEmpty() ? RelianceVerdict.CANNOT_TELL
                    : RelianceJudge.combine(scored.stream().map(Measured::verdict).toList());
            points.add(new BlindspotMap.Point(at.getKey(), stat(scored, Measured::accuracy),
                    stat(scored, Measured::reliance), stat(scored, Measured::chance), verdict, scored.size(),
                    at.getValue().stream().anyMatch(Measured::provisional)));
            if (threshold == null && verdict == RelianceVerdict.USES_SIGNAL) {
                threshold = at.getKey();
            }
        }
        List<Long> seeds = runs.stream().map(Measured::seed).distinct().sorted().toList();
        List<Double> seedThresholds = seeds.stream().map(seed -> runs.stream()
                .filter(r -> r.seed() == seed && r.verdict() == RelianceVerdict.USES_SIGNAL)
                .map(Measured::strength).min(Double::compare).orElse(null)).toList();
        List<Double> found = seedThresholds.stream().filter(Objects::nonNull).toList();
        Double low = found.stream().min(Double::compare).orElse(null);
        Double high = found.size() < seedThresholds.size() ? null : found.stream().max(Double::compare).orElse(null);
        return new BlindspotMap.Cell(threshold, seedThresholds, seeds, low, high, points);
    }

    private static ResultTable.Stat stat(List<Measured> runs, Function<Measured, Double> value) {
        return ResultTableBuilder.stat(runs.stream().map(value).filter(Objects::nonNull).toList());
    }
}
