package io.blindspots.cli.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, for the features {@code deploy/k8s} uses (there is
 * no kustomize binary on the build machines): {@code resources} (files and kustomization directories),
 * {@code components}, {@code configMapGenerator} (files), {@code patches} (strategic merge for built-in kinds with
 * their list merge keys, JSON merge for custom resources, {@code $patch: delete}, JSON 6902 with a {@code target}),
 * {@code namespace}, {@code labels} (metadata only) and {@code images}. Anything else in a kustomization is refused, so
 * a feature this class does not know cannot pass silently. One difference on purpose: generated ConfigMaps keep their
 * names (kustomize appends a content hash and renames the references to match).
 */
public final class Kustomize {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> KNOWN = Set.of("apiVersion", "kind", "resources", "components", "patches",
            "configMapGenerator", "namespace", "labels", "images");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "CustomResourceDefinition", "ClusterRole",
            "ClusterRoleBinding", "PersistentVolume", "StorageClass");

    private Kustomize() {
    }

    /** Every object the kustomization in {@code dir} renders, in kustomize's order of accumulation. */
    public static List<ObjectNode> render(Path dir) {
        List<ObjectNode> out = new ArrayList<>();
        apply(dir, out, "Kustomization");
        Set<String> ids = new HashSet<>();
        for (ObjectNode object : out) {
            if (!ids.add(id(object))) {
                throw new IllegalStateException(dir + ": two objects " + id(object));
            }
        }
        return out;
    }

    private static void apply(Path dir, List<ObjectNode> out, String expectedKind) {
        JsonNode k = documents(dir.resolve("kustomization.yaml")).getFirst();
        if (!k.path("kind").asText().equals(expectedKind)) {
            throw new IllegalStateException(dir + " is a " + k.path("kind").asText() + ", expected " + expectedKind);
        }
        k.fieldNames().forEachRemaining(field -> {
            if (!KNOWN.contains(field)) {
                throw new IllegalStateException(dir + ": '" + field + "' is not rendered by this class");
            }
        });
        for (JsonNode resource : k.path("resources")) {
            Path path = dir.resolve(resource.asText()).normalize();
            if (Files.isDirectory(path)) {
                List<ObjectNode> sub = new ArrayList<>();
                apply(path, sub, "Kustomization");
                out.addAll(sub);
            } else {
                documents(path).forEach(d -> out.add((ObjectNode) d));
            }
        }
        for (JsonNode generator : k.path("configMapGenerator")) {
            ObjectNode map = YAML.createObjectNode().put("apiVersion", "v1").put("kind", "ConfigMap");
            map.putObject("metadata").put("name", generator.path("name").asText());
            ObjectNode data = map.putObject("data");
            for (JsonNode file : generator.path("files")) {
                String entry = file.asText();
                String key = entry.contains("=") ? entry.substring(0, entry.indexOf('=')) : Path.of(entry).getFileName().toString();
                String path = entry.contains("=") ? entry.substring(entry.indexOf('=') + 1) : entry;
                data.put(key, read(dir.resolve(path)));
            }
            out.add(map);
        }
        for (JsonNode component : k.path("components")) {
            apply(dir.resolve(component.asText()).normalize(), out, "Component");
        }
        for (JsonNode patch : k.path("patches")) {
            patch(dir, patch, out);
        }
        if (k.has("namespace")) {
            String namespace = k.path("namespace").asText();
            out.stream().filter(o -> !CLUSTER_SCOPED.contains(o.path("kind").asText()))
                    .forEach(o -> ((ObjectNode) o.path("metadata")).put("namespace", namespace));
        }
        for (JsonNode label : k.path("labels")) {
            if (label.path("includeSelectors").asBoolean() || label.path("includeTemplates").asBoolean()) {
                throw new IllegalStateException(dir + ": labels into selectors or templates are not rendered here");
            }
            for (ObjectNode object : out) {
                ObjectNode metadata = (ObjectNode) object.path("metadata");
                ObjectNode labels = metadata.has("labels") ? (ObjectNode) metadata.get("labels") : metadata.putObject("labels");
                label.path("pairs").properties().forEach(e -> labels.set(e.getKey(), e.getValue()));
            }
        }
        for (JsonNode image : k.path("images")) {
            out.forEach(o -> containers(o).forEach(c -> retag(c, image)));
        }
    }

    private static void patch(Path dir, JsonNode patch, List<ObjectNode> out) {
        List<JsonNode> docs = documents(dir.resolve(patch.path("path").asText()));
        JsonNode target = patch.path("target");
        if (docs.size() == 1 && docs.getFirst().isArray()) {
            List<ObjectNode> targets = out.stream().filter(o -> matches(o, target)).toList();
            if (target.isMissingNode() || targets.isEmpty()) {
                throw new IllegalStateException(patch + ": a JSON 6902 patch needs a target that matches something");
            }
            targets.forEach(o -> docs.getFirst().forEach(op -> json6902(o, op)));
            return;
        }
        for (JsonNode doc : docs) {
            List<ObjectNode> targets = out.stream().filter(o -> target.isMissingNode()
                    ? o.path("kind").equals(doc.path("kind")) && name(o).equals(name(doc))
                    : matches(o, target)).toList();
            if (targets.isEmpty()) {
                throw new IllegalStateException(dir.resolve(patch.path("path").asText()) + ": nothing to patch for "
                        + doc.path("kind").asText() + "/" + name(doc));
            }
            for (ObjectNode object : targets) {
                if (doc.path("$patch").asText().equals("delete")) {
                    out.remove(object);
                } else {
                    merge(object, (ObjectNode) doc, builtIn(object));
                }
            }
        }
    }

    /** Strategic merge (built-in kinds: lists with a merge key merge item by item) or JSON merge (custom resources). */
    static void merge(ObjectNode base, ObjectNode patch, boolean strategic) {
        for (Map.Entry<String, JsonNode> field : patch.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.equals("$patch")) {
                continue;
            }
            if (value.isNull()) {
                base.remove(name);
            } else if (value.isObject() && base.path(name).isObject()) {
                merge((ObjectNode) base.get(name), (ObjectNode) value, strategic);
            } else if (value.isArray() && base.path(name).isArray() && strategic && mergeKey(name, value) != null) {
                mergeList((ArrayNode) base.get(name), (ArrayNode) value, mergeKey(name, value));
            } else {
                base.set(name, withoutNulls(value));
            }
        }
    }

    private static void mergeList(ArrayNode base, ArrayNode patch, String key) {
        for (JsonNode item : patch) {
            ObjectNode match = null;
            for (JsonNode existing : base) {
                if (existing.path(key).equals(item.path(key))) {
                    match = (ObjectNode) existing;
                }
            }
            if (item.path("$patch").asText().equals("delete")) {
                for (Iterator<JsonNode> it = base.iterator(); it.hasNext(); ) {
                    if (it.next().path(key).equals(item.path(key))) {
                        it.remove();
                    }
                }
            } else if (match != null) {
                merge(match, (ObjectNode) item, true);
            } else {
                base.add(withoutNulls(item));
            }
        }
    }

    /** The merge keys of Kubernetes' own types that deploy/k8s patches (k8s.io/api patchMergeKey tags). */
    private static String mergeKey(String field, JsonNode items) {
        return switch (field) {
            case "containers", "initContainers", "volumes", "env", "imagePullSecrets" -> "name";
            case "volumeMounts" -> "mountPath";
            case "ports" -> items.path(0).has("containerPort") ? "containerPort" : "port";
            default -> null;
        };
    }

    private static void json6902(ObjectNode object, JsonNode op) {
        String path = op.path("path").asText();
        String parent = path.substring(0, path.lastIndexOf('/'));
        String last = path.substring(path.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
        JsonNode container = parent.isEmpty() ? object : object.at(parent);
        switch (op.path("op").asText()) {
            case "add", "replace" -> {
                if (container.isArray()) {
                    ArrayNode array = (ArrayNode) container;
                    if (last.equals("-")) {
                        array.add(op.get("value"));
                    } else if (op.path("op").asText().equals("add")) {
                        array.insert(Integer.parseInt(last), op.get("value"));
                    } else {
                        array.set(Integer.parseInt(last), op.get("value"));
                    }
                } else if (container.isObject()) {
                    if (op.path("op").asText().equals("replace") && !container.has(last)) {
                        throw new IllegalStateException("replace of a missing " + path + " in " + id(object));
                    }
                    ((ObjectNode) container).set(last, op.get("value"));
                } else {
                    throw new IllegalStateException("no " + parent + " in " + id(object));
                }
            }
            case "remove" -> {
                if (container.isArray()) {
                    ((ArrayNode) container).remove(Integer.parseInt(last));
                } else {
                    ((ObjectNode) container).remove(last);
                }
            }
            default -> throw new IllegalStateException("JSON 6902 op " + op.path("op").asText() + " is not rendered here");
        }
    }

    private static boolean matches(JsonNode object, JsonNode target) {
        String apiVersion = object.path("apiVersion").asText();
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        return (!target.has("kind") || target.path("kind").asText().equals(object.path("kind").asText()))
                && (!target.has("group") || target.path("group").asText().equals(group))
                && (!target.has("name") || name(object).matches(target.path("name").asText()));
    }

    private static boolean builtIn(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        return group.isEmpty() || !group.contains(".") || group.endsWith(".k8s.io");
    }

    private static List<ObjectNode> containers(JsonNode object) {
        List<ObjectNode> found = new ArrayList<>();
        JsonNode pod = object.at("/spec/template/spec");
        for (String list : List.of("containers", "initContainers")) {
            pod.path(list).forEach(c -> found.add((ObjectNode) c));
        }
        return found;
    }

    private static void retag(ObjectNode container, JsonNode image) {
        String current = container.path("image").asText();
        int colon = current.lastIndexOf(':');
        String name = colon > current.lastIndexOf('/') ? current.substring(0, colon) : current;
        String tag = colon > current.lastIndexOf('/') ? current.substring(colon + 1) : null;
        if (!name.equals(image.path("name").asText())) {
            return;
        }
        String newName = image.path("newName").asText(name);
        String newTag = image.path("newTag").asText(tag);
        container.put("image", newTag == null ? newName : newName + ":" + newTag);
    }

    private static JsonNode withoutNulls(JsonNode value) {
        JsonNode copy = value.deepCopy();
        if (copy.isObject()) {
            ObjectNode object = (ObjectNode) copy;
            List<String> nulls = new ArrayList<>();
            object.properties().forEach(e -> {
                if (e.getValue().isNull() || e.getKey().equals("$patch")) {
                    nulls.add(e.getKey());
                } else {
                    object.set(e.getKey(), withoutNulls(e.getValue()));
                }
            });
            object.remove(nulls);
        } else if (copy.isArray()) {
            ArrayNode array = (ArrayNode) copy;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, withoutNulls(array.get(i)));
            }
        }
        return copy;
    }

    public static String id(JsonNode object) {
        return object.path("kind").asText() + "/" + object.at("/metadata/namespace").asText("") + "/" + name(object);
    }

    private static String name(JsonNode object) {
        return object.at("/metadata/name").asText();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> documents(Path file) {
        try (var parser = YAML.getFactory().createParser(file.toFile())) {
            List<JsonNode> docs = new ArrayList<>();
            YAML.readValues(parser, JsonNode.class).forEachRemaining(d -> {
                if (d != null && !d.isNull() && !d.isMissingNode()) {
                    docs.add(d);
                }
            });
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
