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
                .contains("base", "components/observability", "components/secured", "overlays/local", "overlays/gpu",
                        "overlays/prod");
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

    @Test
    void theSecuredComponentGivesEachServiceAKafkaUserWithExactlyTheAclsItsConfigurationNeeds() throws IOException {
        Map<String, JsonNode> users = new TreeMap<>();
        documents(K8S.resolve("components/secured/010-kafka-users.yaml"))
                .forEach(u -> users.put(u.path("metadata").path("name").asText(), u));
        assertThat(users.keySet()).containsExactlyInAnyOrder("encoder-service", "convnet-trainer", "baseline-trainer",
                "results-service", "submitter");
        // what a service's hand-made clients use beside its channels (encoder-service: EncodedRuns, EncoderPublisher)
        Map<String, List<String>> beyondChannels = Map.of("encoder-service", List.of(
                "topic:run-specs:Write", "topic:run-events:Read", "topic:run-events:Write",
                "topic:dataset-batches:Write", "topic:run-samples:Write", "topic:run-specs-rejected:Write"));
        for (String service : SERVICES) {
            JsonNode user = users.get(service);
            assertThat(user.path("metadata").path("labels").path("strimzi.io/cluster").asText()).isEqualTo("blindspots");
            assertThat(user.at("/spec/authentication/type").asText()).isEqualTo("scram-sha-512");
            List<String> needed = new ArrayList<>(channelAcls(service));
            needed.addAll(beyondChannels.getOrDefault(service, List.of()));
            assertThat(acls(user)).as(service + " ACLs (plus Describe on each of its topics)")
                    .containsExactlyInAnyOrderElementsOf(withDescribe(needed));
        }
        assertThat(acls(users.get("submitter"))).as("a person: write specs, read results, nothing else")
                .filteredOn(a -> a.endsWith(":Write")).containsExactly("topic:run-specs:Write");
    }

    @Test
    void theSecuredKafkaListensOnlyWithTlsAndScramAndEveryServiceLogsInFromItsUsersSecret() throws IOException {
        JsonNode kafka = documents(K8S.resolve("components/secured/020-kafka-tls-scram.yaml")).getFirst();
        assertThat(kafka.at("/spec/kafka/listeners")).hasSize(1);
        JsonNode listener = kafka.at("/spec/kafka/listeners/0");
        assertThat(listener.path("tls").asBoolean()).isTrue();
        assertThat(listener.at("/authentication/type").asText()).isEqualTo("scram-sha-512");
        assertThat(kafka.at("/spec/kafka/authorization/type").asText()).isEqualTo("simple");
        assertThat(kafka.at("/spec/entityOperator").has("userOperator")).isTrue();
        Map<String, JsonNode> patches = new TreeMap<>();
        documents(K8S.resolve("components/secured/030-services-log-in.yaml"))
                .forEach(d -> patches.put(d.path("metadata").path("name").asText(), d));
        assertThat(patches.keySet()).containsExactlyInAnyOrderElementsOf(SERVICES);
        for (String service : SERVICES) {
            JsonNode container = patches.get(service).at("/spec/template/spec/containers/0");
            assertThat(container.path("name").asText()).isEqualTo(service);
            Map<String, JsonNode> env = new TreeMap<>();
            container.path("env").forEach(e -> env.put(e.path("name").asText(), e));
            assertThat(env.get("KAFKA_BOOTSTRAP_SERVERS").path("value").asText())
                    .isEqualTo("blindspots-kafka-bootstrap:" + listener.path("port").asInt());
            assertThat(env.get("KAFKA_SECURITY_PROTOCOL").path("value").asText()).isEqualTo("SASL_SSL");
            assertThat(env.get("KAFKA_SASL_MECHANISM").path("value").asText()).isEqualTo("SCRAM-SHA-512");
            assertThat(env.get("KAFKA_SASL_JAAS_CONFIG").at("/valueFrom/secretKeyRef/name").asText())
                    .as(service + " logs in as its own KafkaUser").isEqualTo(service);
            assertThat(env.get("KAFKA_SSL_TRUSTSTORE_PASSWORD").at("/valueFrom/secretKeyRef/name").asText())
                    .isEqualTo("blindspots-cluster-ca-cert");
            String store = env.get("KAFKA_SSL_TRUSTSTORE_LOCATION").path("value").asText();
            assertThat(store).startsWith(container.at("/volumeMounts/0/mountPath").asText() + "/");
        }
        for (Path file : yamlFiles()) {
            assertThat(Files.readString(file)).as(file + " holds no password").doesNotContainPattern(
                    "(?i)password\\s*[:=]\\s*\\S");
        }
        JsonNode prod = documents(K8S.resolve("overlays/prod/kustomization.yaml")).getFirst();
        assertThat(prod.path("components").get(0).asText()).isEqualTo("../../components/secured");
    }

    /** "topic:NAME:Op" / "group:NAME*:Op" for each operation of each ACL of a KafkaUser (prefix names end in *). */
    private static List<String> acls(JsonNode user) {
        List<String> acls = new ArrayList<>();
        user.at("/spec/authorization/acls").forEach(acl -> acl.path("operations").forEach(op -> acls.add(
                acl.at("/resource/type").asText() + ":" + acl.at("/resource/name").asText()
                        + (acl.at("/resource/patternType").asText().equals("prefix") ? "*" : "") + ":" + op.asText())));
        return acls;
    }

    private static List<String> withDescribe(List<String> acls) {
        List<String> all = new ArrayList<>(acls);
        acls.stream().filter(a -> a.startsWith("topic:")).map(a -> a.substring(0, a.lastIndexOf(':')) + ":Describe")
                .distinct().forEach(all::add);
        return all.stream().distinct().toList();
    }

    /**
     * The ACLs a service's messaging channels need, read from its configuration: Read on each incoming topic and its
     * group (a group id with a generated part becomes a prefix), Write on each outgoing topic.
     */
    private static List<String> channelAcls(String service) throws IOException {
        java.util.Properties config = new java.util.Properties();
        List<Path> files = new ArrayList<>(List.of(Dashboards.home().resolve(service
                + "/src/main/resources/application.properties")));
        if (service.endsWith("-trainer")) {
            files.add(Dashboards.home().resolve("trainer-runtime/src/main/resources/trainer-runtime.properties"));
        }
        for (Path file : files) {
            try (var reader = Files.newBufferedReader(file)) {
                config.load(reader);
            }
        }
        List<String> acls = new ArrayList<>();
        for (String key : config.stringPropertyNames()) {
            Matcher channel = Pattern.compile("mp\\.messaging\\.(incoming|outgoing)\\.[^.]+\\.(topic|group\\.id)")
                    .matcher(key);
            if (!channel.matches()) {
                continue;
            }
            String value = config.getProperty(key).replace("${quarkus.application.name}", service);
            if (channel.group(2).equals("topic")) {
                acls.add("topic:" + value + ":" + (channel.group(1).equals("incoming") ? "Read" : "Write"));
            } else {
                acls.add("group:" + (value.contains("${") ? value.substring(0, value.indexOf('-') + 1) + "*" : value)
                        + ":Read");
            }
        }
        return acls.stream().distinct().toList();
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
