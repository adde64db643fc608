package io.blindspots.cli;

import io.blindspots.events.views.ModelStatus;
import io.blindspots.events.views.ModelView;
import io.blindspots.events.views.RunStatus;
import io.blindspots.events.views.RunView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns {@code GET /runs} into one progress line per run and model, printing only the lines that changed since the
 * last poll, so the demo's screen reads as a log of what happened.
 */
public final class ProgressView {

    private static final Set<RunStatus> ENDED = Set.of(RunStatus.FINISHED, RunStatus.FAILED);
    private final Map<String, String> shown = new LinkedHashMap<>();

    /** The lines that changed since the previous call. */
    public List<String> changes(List<RunView> runs) {
        List<String> lines = new ArrayList<>();
        for (RunView run : runs) {
            String label = "%-22s %-18s %-10s".formatted(run.runId(), orUnknown(run.dataset()), orUnknown(run.signal()));
            emit(lines, run.runId(), label + " run " + run.status() + message(run.message()));
            if (run.models() == null) {
                continue;
            }
            run.models().forEach((model, state) -> {
                if (state.status() != ModelStatus.PENDING) {
                    emit(lines, run.runId() + "/" + model, label + " " + describe(model, state));
                }
            });
        }
        return lines;
    }

    /** True when there are {@code expected} runs and every one has ended. */
    public static boolean allEnded(List<RunView> runs, int expected) {
        long ended = runs.stream().filter(run -> ENDED.contains(run.status())).count();
        return runs.size() >= expected && ended == runs.size();
    }

    /** A model that finished before its epoch cap: early stopping ended it. */
    static boolean stoppedEarly(ModelView state) {
        return state.status() == ModelStatus.FINISHED && state.totalEpochs() > 1 && state.epoch() < state.totalEpochs();
    }

    /** "ConvNets stopped by early stopping: 7 of 8 (run-… reached the epoch cap)", for the runs' ConvNets. */
    public static String earlyStopping(List<RunView> runs, Set<String> convnets) {
        List<String> capped = new ArrayList<>();
        int count = 0;
        for (RunView run : runs) {
            for (Map.Entry<String, ModelView> model : run.models() == null ? Set.<Map.Entry<String, ModelView>>of()
                    : run.models().entrySet()) {
                if (convnets.contains(model.getKey()) && model.getValue().status() == ModelStatus.FINISHED) {
                    count++;
                    if (!stoppedEarly(model.getValue())) {
                        capped.add(run.runId());
                    }
                }
            }
        }
        return "ConvNets stopped by early stopping: %d of %d%s".formatted(count - capped.size(), count,
                capped.isEmpty() ? "" : " (" + String.join(", ", capped) + " reached the epoch cap)");
    }

    static String describe(String model, ModelView state) {
        StringBuilder line = new StringBuilder("%-14s %-9s".formatted(model, state.status()));
        if (state.totalEpochs() > 1) {
            line.append(" epoch ").append(state.epoch()).append('/').append(state.totalEpochs());
        }
        if (stoppedEarly(state)) {
            line.append(" (stopped early)");
        }
        Map<String, Double> metrics = state.metrics() == null ? Map.of() : state.metrics();
        Double validation = metrics.get("validation-accuracy");
        if (validation != null) {
            line.append(" validation %.3f".formatted(validation));
        }
        for (String split : List.of("clean", "signal", "conflict")) {
            Double accuracy = metrics.get(split + "/accuracy");
            if (accuracy != null) {
                line.append(" %s %.3f".formatted(split, accuracy));
            }
        }
        Double reliance = metrics.get("conflict/signal-reliance");
        if (reliance != null) {
            line.append(" reliance %.2f".formatted(reliance));
            Double chance = metrics.get("clean/chance-reliance");
            if (chance != null) {
                line.append(" vs chance %.2f".formatted(chance));
            }
        }
        Double throughput = metrics.getOrDefault("images-per-second", metrics.get("/images-per-second"));
        if (throughput != null) {
            line.append(" (%.0f img/s)".formatted(throughput));
        }
        if (state.etaSeconds() != null) {
            line.append(" ~%ds left".formatted(state.etaSeconds()));
        }
        return line + message(state.message());
    }

    private static String orUnknown(String value) {
        return value == null ? "?" : value;
    }

    private static String message(String message) {
        return message == null || message.isBlank() ? "" : " - " + message;
    }

    private void emit(List<String> lines, String key, String line) {
        if (!line.equals(shown.put(key, line))) {
            lines.add(line);
        }
    }
}
