package io.blindspots.cli.k8s;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.KubernetesResource;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks a Kubernetes object against the model of its kind, unknown fields rejected: built-in kinds against the
 * fabric8 Kubernetes model (Java classes generated from k8s.io/api), custom resources against the
 * {@code openAPIV3Schema} of their CRD as the operator ships it ({@code src/test/resources/schemas/crds}: Strimzi,
 * KEDA, Prometheus Operator), with the API server's rules for structural schemas: a field no schema names is an
 * error unless {@code x-kubernetes-preserve-unknown-fields} allows it.
 */
public final class Schemas {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final Map<String, JsonNode> crds = new HashMap<>();

    public Schemas(Path crdDirectory) {
        try (Stream<Path> files = Files.list(crdDirectory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (JsonNode crd : Kustomize.documents(file)) {
                    String group = crd.at("/spec/group").asText();
                    String kind = crd.at("/spec/names/kind").asText();
                    crd.at("/spec/versions").forEach(v -> crds.put(group + "/" + v.path("name").asText() + "/" + kind,
                            v.at("/schema/openAPIV3Schema")));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The kinds of custom resources this can check, as group/version/kind. */
    public Set<String> customKinds() {
        return crds.keySet();
    }

    /** What is wrong with {@code object}, one line per error, each naming the field; empty when it is valid. */
    public List<String> errors(JsonNode object) {
        String key = object.path("apiVersion").asText() + "/" + object.path("kind").asText();
        List<String> errors = new ArrayList<>();
        if (crds.containsKey(key)) {
            // metadata is the API server's ObjectMeta, whatever the CRD's schema says of it
            com.fasterxml.jackson.databind.node.ObjectNode body = object.deepCopy();
            JsonNode metadata = body.remove("metadata");
            check(body, crds.get(key), "", errors);
            try {
                unknownFields(JSON.treeToValue(metadata, io.fabric8.kubernetes.api.model.ObjectMeta.class), ".metadata",
                        errors, new IdentityHashMap<>());
            } catch (Exception e) {
                errors.add(".metadata: " + e.getMessage().lines().findFirst().orElse(e.toString()));
            }
        } else if (object.path("apiVersion").asText().contains(".")
                && !object.path("apiVersion").asText().contains(".k8s.io/")) {
            errors.add("no CRD schema for " + key);
        } else {
            core(object, errors);
        }
        return errors;
    }

    private static void core(JsonNode object, List<String> errors) {
        try {
            KubernetesResource model = JSON.treeToValue(object, KubernetesResource.class);
            if (model.getClass().getSimpleName().equals("GenericKubernetesResource")) {
                errors.add("no model for " + object.path("apiVersion").asText() + "/" + object.path("kind").asText());
                return;
            }
            unknownFields(model, "", errors, new IdentityHashMap<>());
        } catch (Exception e) {
            errors.add(e.getMessage().lines().findFirst().orElse(e.toString()));
        }
    }

    /** fabric8 keeps fields its classes lack in getAdditionalProperties(): each one is a field Kubernetes lacks. */
    private static void unknownFields(Object model, String path, List<String> errors, Map<Object, Boolean> seen) {
        if (model == null || seen.put(model, true) != null) {
            return;
        }
        if (model instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", errors, seen);
            }
            return;
        }
        if (model instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownFields(v, path + "." + k, errors, seen));
            return;
        }
        if (!model.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : model.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(model);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    extra.keySet().forEach(k -> errors.add("unknown field " + path + "." + k));
                }
            } else {
                String field = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
                unknownFields(value, path + "." + field, errors, seen);
            }
        }
    }

    private static void check(JsonNode node, JsonNode schema, String path, List<String> errors) {
        if (node.isNull()) {
            if (!schema.path("nullable").asBoolean()) {
                errors.add(path + ": null");
            }
            return;
        }
        if (schema.path("x-kubernetes-int-or-string").asBoolean()) {
            if (!node.isIntegralNumber() && !node.isTextual()) {
                errors.add(path + ": must be an integer or a string");
            }
            return;
        }
        String type = schema.path("type").asText();
        switch (type) {
            case "object" -> {
                if (!node.isObject()) {
                    errors.add(path + ": must be an object");
                    return;
                }
                JsonNode properties = schema.path("properties");
                JsonNode additional = schema.path("additionalProperties");
                boolean open = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean()
                        || additional.asBoolean(false);
                node.properties().forEach(field -> {
                    String at = path + "." + field.getKey();
                    if (properties.has(field.getKey())) {
                        check(field.getValue(), properties.get(field.getKey()), at, errors);
                    } else if (additional.isObject()) {
                        check(field.getValue(), additional, at, errors);
                    } else if (!open && !(path.isEmpty() && Set.of("apiVersion", "kind", "metadata").contains(field.getKey()))) {
                        errors.add("unknown field " + at);
                    }
                });
                schema.path("required").forEach(r -> {
                    if (!node.has(r.asText())) {
                        errors.add(path + ": required field " + r.asText() + " missing");
                    }
                });
            }
            case "array" -> {
                if (!node.isArray()) {
                    errors.add(path + ": must be an array");
                    return;
                }
                for (int i = 0; i < node.size(); i++) {
                    check(node.get(i), schema.path("items"), path + "[" + i + "]", errors);
                }
            }
            case "string" -> {
                if (!node.isTextual()) {
                    errors.add(path + ": must be a string, is " + node.getNodeType());
                } else if (schema.has("pattern") && !Pattern.compile(schema.path("pattern").asText()).matcher(node.asText()).find()) {
                    errors.add(path + ": '" + node.asText() + "' does not match " + schema.path("pattern").asText());
                }
            }
            case "integer" -> {
                if (!node.isIntegralNumber()) {
                    errors.add(path + ": must be an integer");
                }
            }
            case "number" -> {
                if (!node.isNumber()) {
                    errors.add(path + ": must be a number");
                }
            }
            case "boolean" -> {
                if (!node.isBoolean()) {
                    errors.add(path + ": must be a boolean");
                }
            }
            default -> {
                // no type: x-kubernetes-preserve-unknown-fields or a free-form value
            }
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : schema.path("enum")) {
                listed |= allowed.equals(node);
            }
            if (!listed) {
                errors.add(path + ": " + node + " is not one of " + schema.path("enum"));
            }
        }
        if (node.isNumber() && schema.has("minimum") && node.asDouble() < schema.path("minimum").asDouble()) {
            errors.add(path + ": below the minimum " + schema.path("minimum"));
        }
        if (node.isNumber() && schema.has("maximum") && node.asDouble() > schema.path("maximum").asDouble()) {
            errors.add(path + ": above the maximum " + schema.path("maximum"));
        }
    }
}
