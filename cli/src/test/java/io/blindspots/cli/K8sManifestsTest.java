package io.blindspots.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.blindspots.cli.stack.JvmOptions;
import io.blindspots.events.Topics;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The Kubernetes manifests under {@code deploy/k8s}, checked as files: no cluster, no kustomize binary. */
class K8sManifestsTest {

    private static final Path K8S = Dashboards.home().resolve("deploy/k8s");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern JAVA_OPTS = Pattern.compile("ENV JAVA_OPTS=\"([^\"]*)\"");
    private static final List<String> SERVICES =
            List.of("encoder-service", "convnet-trainer", "baseline-trainer", "results-service");

    @Test
    void everyYamlFileParses() {
        assertThat(yamlFiles()).isNotEmpty().allSatisfy(file -> assertThat(documents(file)).as(file.toString())
                .isNotEmpty().allSatisfy(doc -> assertThat(doc.isObject() || doc.isArray()).isTrue()));
    }

    @Test
    void everyFileAKustomizationNamesExists() {
        List<Path> kustomizations = yamlFiles().stream()
                .filter(p -> p.getFileName().toString().equals("kustomization.yaml")).toList();
        assertThat(kustomizations).extracting(p -> K8S.relativize(p.getParent()).toString().replace('\\', '/'))
                .contains("base", "components/observability", "overlays/local", "overlays/gpu");
        for (Path kustomization : kustomizations) {
            Path dir = kustomization.getParent();
            JsonNode k = documents(kustomization).getFirst();
            List<String> referenced = new ArrayList<>();
            k.path("resources").forEach(r -> referenced.add(r.asText()));
            k.path("components").forEach(c -> referenced.add(c.asText()));
            k.path("patches").forEach(p -> referenced.add(p.path("path").asText()));
            k.path("configMapGenerator").forEach(g -> g.path("files").forEach(f -> referenced.add(fileOf(f.asText()))));
            assertThat(referenced).as(kustomization.toString()).isNotEmpty()
                    .allSatisfy(r -> assertThat(dir.resolve(r)).as(kustomization + " -> " + r).exists());
        }
    }

    @Test
    void thereIsAKafkaTopicForExactlyEachTopic() {
        List<String> topics = resources("base", "KafkaTopic").stream()
                .map(t -> t.path("metadata").path("name").asText()).toList();
        assertThat(topics).containsExactlyInAnyOrderElementsOf(Topics.ALL);
        JsonNode batches = resources("base", "KafkaTopic").stream()
                .filter(t -> t.path("metadata").path("name").asText().equals(Topics.DATASET_BATCHES)).findFirst().orElseThrow();
        assertThat(batches.path("spec").path("config").path("max.message.bytes").asLong()).isGreaterThanOrEqualTo(1048588);
    }

    @Test
    void everyServiceHasADeploymentWithHealthProbesAndTheBootstrapServers() {
        Map<String, JsonNode> deployments = new TreeMap<>();
        resources("base", "Deployment").forEach(d -> deployments.put(d.path("metadata").path("name").asText(), d));
        for (String service : SERVICES) {
            assertThat(deployments).as("Deployment " + service).containsKey(service);
            JsonNode container = deployments.get(service).path("spec").path("template").path("spec").path("containers").get(0);
            assertThat(container.path("image").asText()).isEqualTo("blindspots/" + service + ":0.1.0");
            assertThat(container.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/ready");
            assertThat(container.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/live");
            List<String> env = new ArrayList<>();
            container.path("env").forEach(e -> env.add(e.path("name").asText() + "=" + e.path("value").asText()));
            assertThat(env).as(service + " env").contains("KAFKA_BOOTSTRAP_SERVERS=blindspots-kafka-bootstrap:9092");
            assertThat(deployments.get(service).path("spec").path("replicas").asInt()).as(service).isEqualTo(1);
        }
    }

    @Test
    void imagesAndDeploymentsCarryTheJvmFlagsOfTheOnePlaceTheyAreWritten() throws IOException {
        JvmOptions options = JvmOptions.load(Dashboards.home());
        Map<String, JsonNode> deployments = new TreeMap<>();
        resources("base", "Deployment").forEach(d -> deployments.put(d.path("metadata").path("name").asText(), d));
        for (String service : SERVICES) {
            List<Path> dockerfiles;
            try (Stream<Path> files = Files.list(Dashboards.home().resolve(service + "/src/main/docker"))) {
                dockerfiles = files.filter(f -> f.getFileName().toString().startsWith("Dockerfile")).toList();
            }
            assertThat(dockerfiles).as(service + " Dockerfiles").isNotEmpty();
            for (Path dockerfile : dockerfiles) {
                Matcher opts = JAVA_OPTS.matcher(Files.readString(dockerfile));
                assertThat(opts.find()).as(dockerfile + " sets JAVA_OPTS").isTrue();
                assertThat(List.of(opts.group(1).trim().split("\\s+"))).as(dockerfile + " JAVA_OPTS")
                        .containsAll(options.common()).containsAll(options.own(service));
            }
            JsonNode container = deployments.get(service).path("spec").path("template").path("spec").path("containers").get(0);
            String memory = "";
            for (JsonNode env : container.path("env")) {
                if (env.path("name").asText().equals("JDK_JAVA_OPTIONS")) {
                    memory = env.path("value").asText();
                }
            }
            assertThat(List.of(memory.trim().split("\\s+"))).as(service + " JDK_JAVA_OPTIONS")
                    .containsExactlyElementsOf(options.memory(service));
        }
    }

    @Test
    void gpuOverlayRequestsAGpuForTheConvNetTrainer() throws IOException {
        String gpu = Files.readString(K8S.resolve("overlays/gpu/010-convnet-on-gpu.yaml"));
        assertThat(gpu).contains("nvidia.com/gpu: 1");
        JsonNode patch = documents(K8S.resolve("overlays/gpu/010-convnet-on-gpu.yaml")).getFirst();
        assertThat(patch.path("metadata").path("name").asText()).isEqualTo("convnet-trainer");
        assertThat(patch.at("/spec/template/spec/containers/0/resources/limits").path("nvidia.com/gpu").asInt()).isEqualTo(1);
        JsonNode overlay = documents(K8S.resolve("overlays/gpu/kustomization.yaml")).getFirst();
        assertThat(overlay.path("images").get(0).path("newName").asText()).isEqualTo("blindspots/convnet-trainer-gpu");
    }

    @Test
    void observabilityCopiesMatchTheirOriginals() throws IOException {
        Path component = K8S.resolve("components/observability");
        Map<Path, Path> copies = new TreeMap<>();
        copies.put(component.resolve("prometheus.yml"), Dashboards.home().resolve("deploy/prometheus/prometheus.yml"));
        Path grafana = Dashboards.home().resolve("deploy/grafana");
        try (Stream<Path> originals = Files.walk(grafana)) {
            originals.filter(Files::isRegularFile)
                    .forEach(o -> copies.put(component.resolve("grafana").resolve(grafana.relativize(o).toString()), o));
        }
        for (var copy : copies.entrySet()) {
            assertThat(copy.getKey()).as("copy of " + copy.getValue()).exists();
            assertThat(Files.readString(copy.getKey())).as(copy.getKey() + " drifted from " + copy.getValue())
                    .isEqualTo(Files.readString(copy.getValue()));
        }
    }

    /** {@code key=path} or {@code path}, as configMapGenerator's files allow. */
    private static String fileOf(String entry) {
        return entry.contains("=") ? entry.substring(entry.indexOf('=') + 1) : entry;
    }

    private static List<JsonNode> resources(String kustomization, String kind) {
        Path dir = K8S.resolve(kustomization);
        JsonNode k = documents(dir.resolve("kustomization.yaml")).getFirst();
        List<JsonNode> found = new ArrayList<>();
        k.path("resources").forEach(r -> documents(dir.resolve(r.asText())).stream()
                .filter(d -> d.path("kind").asText().equals(kind)).forEach(found::add));
        return found;
    }

    private static List<Path> yamlFiles() {
        try (Stream<Path> files = Files.walk(K8S)) {
            return files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> documents(Path file) {
        try (var parser = YAML.getFactory().createParser(file.toFile())) {
            List<JsonNode> docs = new ArrayList<>();
            YAML.readValues(parser, JsonNode.class).forEachRemaining(d -> {
                if (d != null && !(d instanceof MissingNode) && !d.isNull()) {
                    docs.add(d);
                }
            });
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException("not YAML: " + file, e);
        }
    }
}
