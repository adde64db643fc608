package io.blindspots.results.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.blindspots.events.Json;
import io.blindspots.events.RunSpec;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A run's <em>setting</em>: its completed spec without what tells one run of the setting from another (run id, sweep,
 * seed). Runs of one setting differ only by their seed, so their numbers may be averaged; runs of two settings may
 * not. A signal parameter that defaults to the run's seed ({@code noise.seed}, {@code multiple-locations.seed}) is
 * part of the seed, not of the setting, when it equals it.
 *
 * @param id     "set-" and 12 hex digits of the SHA-256 of the sorted fields: stable across restarts and services
 * @param fields dotted path ("dataset.trainLimit", "convnet.epochs") → value as JSON text, sorted by path
 */
public record RunSetting(String id, SortedMap<String, String> fields) {

    public RunSetting {
        fields = new TreeMap<>(fields);
    }

    public static RunSetting of(RunSpec spec) {
        ObjectNode node = Json.MAPPER.valueToTree(spec.withDefaults());
        node.remove(List.of("runId", "parentId", "seed", "signals", "scales", "rms", "fractions", "seeds"));
        JsonNode signal = node.get("signal");
        if (signal instanceof ObjectNode signalNode && spec.seed() != null && signal.path("seed").isNumber()
                && signal.get("seed").asLong() == spec.seed()) {
            signalNode.remove("seed");
        }
        SortedMap<String, String> fields = new TreeMap<>();
        flatten("", node, fields);
        return new RunSetting(id(fields), fields);
    }

    /** This setting without one field ("signal.scale"): what runs that differ only in that field share. */
    public RunSetting without(String path) {
        SortedMap<String, String> rest = new TreeMap<>(fields);
        rest.remove(path);
        return new RunSetting(id(rest), rest);
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
        if (node.isObject()) {
            node.properties().forEach(e -> flatten(prefix + e.getKey() + ".", e.getValue(), into));
        } else if (!node.isNull()) {
            into.put(prefix.substring(0, prefix.length() - 1), node.isTextual() ? node.asText() : node.toString());
        }
    }

    private static String id(SortedMap<String, String> fields) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(Json.write(fields).getBytes(StandardCharsets.UTF_8));
            return "set-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * What tells each of {@code settings} from the others: the fields whose values differ among them, as
     * "trainLimit=500, epochs=4" (the field's last name, or its whole path where two such names clash; "none" for a
     * field a setting lacks). Empty for a setting alone.
     */
    public static Map<RunSetting, String> labels(Collection<RunSetting> settings) {
        Map<RunSetting, String> labels = new LinkedHashMap<>();
        List<String> differing = settings.stream().flatMap(s -> s.fields().keySet().stream()).distinct().sorted()
                .filter(path -> settings.stream().map(s -> s.fields().get(path)).distinct().count() > 1).toList();
        Map<String, Long> leaves = differing.stream().collect(Collectors.groupingBy(RunSetting::leaf,
                Collectors.counting()));
        for (RunSetting setting : settings) {
            labels.put(setting, differing.stream()
                    .map(path -> Objects.requireNonNullElseGet(absentObject(setting, path),
                            () -> leaves.get(leaf(path)) > 1 ? path : leaf(path))
                            + "=" + shown(Objects.requireNonNullElse(setting.fields().get(path), "none")))
                    .distinct()
                    .collect(Collectors.joining(", ")));
        }
        return labels;
    }

    /**
     * {@link #labels} within each group of settings (the settings of one dataset and signal, say): what tells each
     * setting from the others of its group.
     */
    public static Map<RunSetting, String> labelsWithin(Collection<? extends Collection<RunSetting>> groups) {
        Map<RunSetting, String> labels = new LinkedHashMap<>();
        groups.forEach(settings -> labels.putAll(labels(settings)));
        return labels;
    }

    /**
     * The top-level object of {@code path} ("convnet" of "convnet.arch") when the setting has none of it at all (a
     * baselines-only run has no ConvNet): its label says so once, not once per field.
     */
    private static String absentObject(RunSetting setting, String path) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            return null;
        }
        String object = path.substring(0, dot + 1);
        return setting.fields().keySet().stream().anyMatch(p -> p.startsWith(object)) ? null : object.substring(0, dot);
    }

    /** A value as a person reads it: a list of names as [a, b], not as JSON text; anything else as it is. */
    private static String shown(String value) {
        if (!value.startsWith("[")) {
            return value;
        }
        try {
            JsonNode list = Json.MAPPER.readTree(value);
            List<String> items = new ArrayList<>();
            list.forEach(item -> items.add(item.isTextual() ? item.asText() : item.toString()));
            return "[" + String.join(", ", items) + "]";
        } catch (JsonProcessingException e) {
            return value;
        }
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
