package io.blindspots.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns {@code GET /runs} into one progress line per run and model, printing only the lines that changed since the
 * last poll, so the demo's screen reads as a log of what happened.
 */
public final class ProgressView {

    private static final Set<String> ENDED = Set.of("FINISHED", "FAILED");
    private final Map<String, String> shown = new LinkedHashMap<>();

    /** The lines that changed since the previous call. */
    public List<String> changes(JsonNode runs) {
        List<String> lines = new ArrayList<>();
        for (JsonNode run : runs) {
            String runId = run.path("runId").asText();
            String label = "%-22s %-18s %-10s".formatted(runId, run.path("dataset").asText("?"),
                    run.path("signal").asText("?"));
            emit(lines, runId, label + " run " + run.path("status").asText() + message(run));
            Iterator<Map.Entry<String, JsonNode>> models = run.path("models").fields();
            while (models.hasNext()) {
                Map.Entry<String, JsonNode> model = models.next();
                if ("PENDING".equals(model.getValue().path("status").asText())) {
                    continue;
                }
                emit(lines, runId + "/" + model.getKey(), label + " " + describe(model.getKey(), model.getValue()));
            }
        }
        return lines;
    }

    /** True when there are {@code expected} runs and every one has ended. */
    public static boolean allEnded(JsonNode runs, int expected) {
        int ended = 0;
        for (JsonNode run : runs) {
            if (ENDED.contains(run.path("status").asText())) {
                ended++;
            }
        }
        return runs.size() >= expected && ended == runs.size();
    }

    static String describe(String model, JsonNode state) {
        StringBuilder line = new StringBuilder("%-14s %-9s".formatted(model, state.path("status").asText()));
        int total = state.path("totalEpochs").asInt(0);
        if (total > 1) {
            line.append(" epoch ").append(state.path("epoch").asInt(0)).append('/').append(total);
        }
        JsonNode metrics = state.path("metrics");
        for (String split : List.of("clean", "signal", "conflict")) {
            JsonNode accuracy = metrics.path(split + "/accuracy");
            if (accuracy.isNumber()) {
                line.append(" %s %.3f".formatted(split, accuracy.asDouble()));
            }
        }
        JsonNode reliance = metrics.path("conflict/signal-reliance");
        if (reliance.isNumber()) {
            line.append(" reliance %.2f".formatted(reliance.asDouble()));
        }
        JsonNode throughput = metrics.path("images-per-second");
        if (throughput.isMissingNode()) {
            throughput = metrics.path("/images-per-second");
        }
        if (throughput.isNumber()) {
            line.append(" (%.0f img/s)".formatted(throughput.asDouble()));
        }
        JsonNode eta = state.path("etaSeconds");
        if (eta.isNumber()) {
            line.append(" ~%ds left".formatted(eta.asLong()));
        }
        return line + message(state);
    }

    private static String message(JsonNode node) {
        String message = node.path("message").asText("");
        return message.isBlank() || "null".equals(message) ? "" : " - " + message;
    }

    private void emit(List<String> lines, String key, String line) {
        if (!line.equals(shown.put(key, line))) {
            lines.add(line);
        }
    }
}
