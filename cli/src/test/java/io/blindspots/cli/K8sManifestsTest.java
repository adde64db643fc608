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

    @Test
    void prodScalesTheBaselineTrainerWithKedaOnItsOwnGroupAndTopicWithinThePartitions() throws IOException {
        Path prod = K8S.resolve("overlays/prod");
        Map<String, JsonNode> keda = new TreeMap<>();
        documents(prod.resolve("030-baseline-trainer-autoscaling.yaml")).forEach(d -> keda.put(d.path("kind").asText(), d));
        JsonNode scaled = keda.get("ScaledObject");
        assertThat(scaled.at("/spec/scaleTargetRef/name").asText()).isEqualTo("baseline-trainer");
        JsonNode trigger = scaled.at("/spec/triggers/0");
        assertThat(trigger.path("type").asText()).isEqualTo("kafka");
        java.util.Properties runtime = new java.util.Properties();
        try (var reader = Files.newBufferedReader(Dashboards.home()
                .resolve("trainer-runtime/src/main/resources/trainer-runtime.properties"))) {
            runtime.load(reader);
        }
        String channel = "mp.messaging.incoming.dataset-batches.";
        assertThat(trigger.at("/metadata/consumerGroup").asText()).isEqualTo(runtime.getProperty(channel + "group.id")
                .replace("${quarkus.application.name}", "baseline-trainer"));
        assertThat(trigger.at("/metadata/topic").asText()).isEqualTo(Topics.DATASET_BATCHES)
                .isEqualTo(runtime.getProperty(channel + "topic"));
        // the lag KEDA reads is the backlog only because the trainer commits up to its oldest undone run
        assertThat(runtime.getProperty(channel + "commit-strategy")).isEqualTo("ignore");
        assertThat(runtime.getProperty(channel + "consumer-rebalance-listener.name"))
                .isEqualTo("dataset-batches-ownership");
        int partitions = resources("base", "KafkaTopic").stream()
                .filter(t -> t.at("/metadata/name").asText().equals(Topics.DATASET_BATCHES)).findFirst().orElseThrow()
                .at("/spec/partitions").asInt();
        assertThat(scaled.at("/spec/maxReplicaCount").asInt()).isBetween(2, partitions);
        JsonNode listener = documents(K8S.resolve("components/secured/020-kafka-tls-scram.yaml")).getFirst()
                .at("/spec/kafka/listeners/0");
        assertThat(trigger.at("/metadata/bootstrapServers").asText())
                .isEqualTo("blindspots-kafka-bootstrap:" + listener.path("port").asInt());
        assertThat(trigger.at("/metadata/sasl").asText()).isEqualTo("scram_sha512");
        assertThat(trigger.at("/metadata/tls").asText()).isEqualTo("enable");

        JsonNode auth = keda.get("TriggerAuthentication");
        assertThat(auth.at("/metadata/name").asText()).isEqualTo(trigger.at("/authenticationRef/name").asText());
        Map<String, JsonNode> refs = new TreeMap<>();
        auth.at("/spec/secretTargetRef").forEach(r -> refs.put(r.path("parameter").asText(), r));
        assertThat(refs.get("password").path("name").asText()).as("the trainer's own KafkaUser secret")
                .isEqualTo("baseline-trainer");
        assertThat(refs.get("ca").path("name").asText()).isEqualTo("blindspots-cluster-ca-cert");
        JsonNode username = auth.at("/spec/env/0");
        assertThat(username.path("parameter").asText()).isEqualTo("username");

        Map<String, JsonNode> patches = new TreeMap<>();
        documents(prod.resolve("010-replicas.yaml")).forEach(d -> patches.put(d.path("kind").asText() + "/"
                + d.at("/metadata/name").asText(), d));
        assertThat(patches.keySet()).as("convnet-trainer stays one replica on its volume").containsExactlyInAnyOrder(
                "Deployment/encoder-service", "Deployment/results-service", "Deployment/baseline-trainer",
                "PersistentVolumeClaim/baseline-trainer-data");
        JsonNode trainer = patches.get("Deployment/baseline-trainer").at("/spec/template/spec");
        assertThat(trainer.at("/containers/0/env").findValuesAsText("name")).contains(username.path("name").asText());
        assertThat(trainer.at("/containers/0/env/0/value").asText()).isEqualTo("baseline-trainer");
        JsonNode data = trainer.at("/volumes/0");
        assertThat(data.path("name").asText()).isEqualTo("data");
        assertThat(data.has("emptyDir")).as("the spool is a per-pod cache").isTrue();
        assertThat(data.path("persistentVolumeClaim").isNull()).isTrue();
        assertThat(patches.get("PersistentVolumeClaim/baseline-trainer-data").path("$patch").asText()).isEqualTo("delete");
    }

    @Test
    void prodBudgetsAndServiceMonitorSelectWhatTheDeploymentsAndServicesLabel() throws IOException {
        Path prod = K8S.resolve("overlays/prod");
        Map<String, JsonNode> deployments = new TreeMap<>();
        resources("base", "Deployment").forEach(d -> deployments.put(d.at("/metadata/name").asText(), d));
        for (JsonNode budget : documents(prod.resolve("020-disruption-budgets.yaml"))) {
            String name = budget.at("/metadata/name").asText();
            assertThat(budget.path("kind").asText()).isEqualTo("PodDisruptionBudget");
            assertThat(budget.at("/spec/minAvailable").asInt()).isEqualTo(1);
            assertThat(budget.at("/spec/selector/matchLabels")).as(name)
                    .isEqualTo(deployments.get(name).at("/spec/template/metadata/labels"));
        }
        JsonNode monitor = documents(prod.resolve("040-service-monitors.yaml")).getFirst();
        List<String> selected = new ArrayList<>();
        monitor.at("/spec/selector/matchExpressions/0/values").forEach(v -> selected.add(v.asText()));
        assertThat(selected).containsExactlyInAnyOrderElementsOf(SERVICES);
        String port = monitor.at("/spec/endpoints/0/port").asText();
        assertThat(monitor.at("/spec/endpoints/0/path").asText()).isEqualTo("/q/metrics");
        for (JsonNode service : resources("base", "Service")) {
            if (SERVICES.contains(service.at("/metadata/name").asText())) {
                assertThat(service.at("/metadata/labels/app.kubernetes.io~1name").asText())
                        .isEqualTo(service.at("/metadata/name").asText());
                assertThat(service.at("/spec/ports").findValuesAsText("name")).contains(port);
            }
        }
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
