package io.blindspots.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.blindspots.cli.k8s.Kustomize;
import io.blindspots.cli.k8s.Schemas;
import io.blindspots.events.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each overlay of {@code deploy/k8s} rendered as {@code kubectl kustomize} would ({@link Kustomize}), every object
 * checked against the model of its kind with unknown fields rejected ({@link Schemas}: fabric8's Kubernetes model,
 * the CRDs of Strimzi 0.49.1, KEDA 2.20.2 and the Prometheus Operator 0.93.0), and the objects cross-checked against
 * each other: what a Service, a budget, a ScaledObject or a ServiceMonitor selects exists, every ConfigMap and Secret
 * a pod mounts or reads is rendered or written by an operator, every client reaches a listener of the Kafka cluster.
 */
class K8sRenderedTest {

    private static final Path K8S = Dashboards.home().resolve("deploy/k8s");
    private static final Schemas SCHEMAS = new Schemas(Dashboards.home().resolve("cli/src/test/resources/schemas/crds"));
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final List<String> SERVICES =
            List.of("encoder-service", "convnet-trainer", "baseline-trainer", "results-service");

    @ParameterizedTest
    @ValueSource(strings = {"local", "gpu", "prod"})
    void everyObjectOfTheOverlayFitsTheModelOfItsKind(String overlay) {
        List<ObjectNode> objects = Kustomize.render(K8S.resolve("overlays/" + overlay));
        assertThat(objects).hasSizeGreaterThan(20);
        Map<String, List<String>> errors = new TreeMap<>();
        for (ObjectNode object : objects) {
            List<String> found = SCHEMAS.errors(object);
            if (!found.isEmpty()) {
                errors.put(Kustomize.id(object), found);
            }
        }
        assertThat(errors).as(overlay).isEmpty();
        assertThat(objects).filteredOn(o -> !o.path("kind").asText().equals("Namespace"))
                .allSatisfy(o -> assertThat(o.at("/metadata/namespace").asText()).as(Kustomize.id(o)).isEqualTo("blindspots"));
    }

    @Test
    void theSchemaCheckRefusesUnknownFieldsWrongTypesAndValuesOutsideAnEnum() throws Exception {
        assertThat(SCHEMAS.errors(YAML.readTree("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x, label: {a: b}}
                spec:
                  replica: 2
                  template: {spec: {containers: [{name: x, image: y, port: 80}]}}""")))
                .containsExactlyInAnyOrder("unknown field .metadata.label", "unknown field .spec.replica",
                        "unknown field .spec.template.spec.containers[0].port");
        assertThat(SCHEMAS.errors(YAML.readTree("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec: {template: {spec: {containers: [{name: x, image: y, ports: [{containerPort: http}]}]}}}""")))
                .singleElement().asString().contains("http");
        assertThat(SCHEMAS.errors(YAML.readTree("""
                apiVersion: keda.sh/v1alpha1
                kind: ScaledObject
                metadata: {name: x}
                spec: {scaleTargetRef: {name: x}, maxReplicas: 3, triggers: []}""")))
                .containsExactly("unknown field .spec.maxReplicas");
        assertThat(SCHEMAS.errors(YAML.readTree("""
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaTopic
                metadata: {name: x}
                spec: {partitions: three}""")))
                .containsExactly(".spec.partitions: must be an integer");
        assertThat(SCHEMAS.errors(YAML.readTree("""
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaUser
                metadata: {name: x}
                spec: {authentication: {type: scram-sha-256}}""")))
                .anyMatch(e -> e.contains("scram-sha-256") && e.contains("not one of"));
        assertThat(SCHEMAS.errors(YAML.readTree("""
                apiVersion: example.com/v1
                kind: Widget
                metadata: {name: x}"""))).containsExactly("no CRD schema for example.com/v1/Widget");
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "gpu", "prod"})
    void whatTheObjectsReferToIsThere(String overlay) {
        List<ObjectNode> objects = Kustomize.render(K8S.resolve("overlays/" + overlay));
        Map<String, List<JsonNode>> byKind = new TreeMap<>();
        objects.forEach(o -> byKind.computeIfAbsent(o.path("kind").asText(), k -> new ArrayList<>()).add(o));
        List<JsonNode> deployments = byKind.get("Deployment");

        assertThat(byKind.get("KafkaTopic")).extracting(t -> t.at("/metadata/name").asText())
                .containsExactlyInAnyOrderElementsOf(Topics.ALL);
        JsonNode kafka = byKind.get("Kafka").getFirst();
        Set<String> listeners = new HashSet<>();
        kafka.at("/spec/kafka/listeners").forEach(l -> listeners.add(kafka.at("/metadata/name").asText()
                + "-kafka-bootstrap:" + l.path("port").asInt()));
        Set<String> secrets = new HashSet<>(Set.of(kafka.at("/metadata/name").asText() + "-cluster-ca-cert"));
        byKind.getOrDefault("KafkaUser", List.of()).forEach(u -> secrets.add(u.at("/metadata/name").asText()));
        Set<String> configMaps = new HashSet<>();
        byKind.getOrDefault("ConfigMap", List.of()).forEach(c -> configMaps.add(c.at("/metadata/name").asText()));
        Set<String> claims = new HashSet<>();
        byKind.getOrDefault("PersistentVolumeClaim", List.of()).forEach(c -> claims.add(c.at("/metadata/name").asText()));

        for (JsonNode deployment : deployments) {
            String name = deployment.at("/metadata/name").asText();
            JsonNode pod = deployment.at("/spec/template/spec");
            assertThat(deployment.at("/spec/selector/matchLabels").properties())
                    .allSatisfy(e -> assertThat(deployment.at("/spec/template/metadata/labels").path(e.getKey()))
                            .isEqualTo(e.getValue()));
            for (JsonNode volume : pod.path("volumes")) {
                if (volume.has("configMap")) {
                    assertThat(configMaps).as(name).contains(volume.at("/configMap/name").asText());
                }
                if (volume.has("secret")) {
                    assertThat(secrets).as(name).contains(volume.at("/secret/secretName").asText());
                }
                if (volume.has("persistentVolumeClaim")) {
                    assertThat(claims).as(name).contains(volume.at("/persistentVolumeClaim/claimName").asText());
                }
            }
            for (JsonNode container : pod.path("containers")) {
                Set<String> mounts = new HashSet<>();
                container.path("volumeMounts").forEach(m -> mounts.add(m.path("name").asText()));
                Set<String> volumes = new HashSet<>();
                pod.path("volumes").forEach(v -> volumes.add(v.path("name").asText()));
                assertThat(volumes).as(name + " mounts").containsAll(mounts);
                for (JsonNode env : container.path("env")) {
                    if (env.has("valueFrom")) {
                        assertThat(secrets).as(name + " " + env.path("name").asText())
                                .contains(env.at("/valueFrom/secretKeyRef/name").asText());
                    }
                    if (env.path("name").asText().equals("KAFKA_BOOTSTRAP_SERVERS")) {
                        assertThat(listeners).as(name + " reaches a Kafka listener").contains(env.path("value").asText());
                    }
                }
                if (SERVICES.contains(name)) {
                    assertThat(container.path("image").asText()).matches("blindspots/" + name + "(-gpu)?:0\\.1\\.0");
                }
            }
        }
        for (JsonNode service : byKind.get("Service")) {
            List<JsonNode> selected = selected(deployments, service.at("/spec/selector"));
            assertThat(selected).as("pods of Service " + service.at("/metadata/name").asText()).hasSize(1);
            List<String> ports = selected.getFirst().at("/spec/template/spec/containers/0/ports").findValuesAsText("name");
            service.at("/spec/ports").forEach(p -> assertThat(ports).contains(p.path("targetPort").asText()));
        }
        for (JsonNode budget : byKind.getOrDefault("PodDisruptionBudget", List.of())) {
            assertThat(selected(deployments, budget.at("/spec/selector/matchLabels"))).hasSize(1);
        }
        for (JsonNode scaled : byKind.getOrDefault("ScaledObject", List.of())) {
            assertThat(deployments).extracting(d -> d.at("/metadata/name").asText())
                    .contains(scaled.at("/spec/scaleTargetRef/name").asText());
            scaled.at("/spec/triggers").forEach(t -> assertThat(listeners).contains(t.at("/metadata/bootstrapServers").asText()));
            assertThat(byKind.get("TriggerAuthentication")).extracting(a -> a.at("/metadata/name").asText())
                    .contains(scaled.at("/spec/triggers/0/authenticationRef/name").asText());
        }
        for (JsonNode auth : byKind.getOrDefault("TriggerAuthentication", List.of())) {
            auth.at("/spec/secretTargetRef").forEach(r -> assertThat(secrets).contains(r.path("name").asText()));
        }
        for (JsonNode monitor : byKind.getOrDefault("ServiceMonitor", List.of())) {
            List<String> selectedServices = new ArrayList<>();
            monitor.at("/spec/selector/matchExpressions/0/values").forEach(v -> selectedServices.add(v.asText()));
            assertThat(byKind.get("Service")).extracting(s -> s.at("/metadata/labels/app.kubernetes.io~1name").asText())
                    .containsAll(selectedServices);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "gpu", "prod"})
    void everyServiceReadsTheEnvironmentItIsGivenAndListensWhereItsImageSays(String overlay) throws Exception {
        Set<String> kafkaSettings = new HashSet<>(org.apache.kafka.clients.consumer.ConsumerConfig.configNames());
        kafkaSettings.addAll(org.apache.kafka.clients.producer.ProducerConfig.configNames());
        for (ObjectNode deployment : Kustomize.render(K8S.resolve("overlays/" + overlay))) {
            String service = deployment.at("/metadata/name").asText();
            if (!deployment.path("kind").asText().equals("Deployment") || !SERVICES.contains(service)) {
                continue;
            }
            StringBuilder config = new StringBuilder(java.nio.file.Files.readString(Dashboards.home()
                    .resolve(service + "/src/main/resources/application.properties")));
            if (service.endsWith("-trainer")) {
                config.append(java.nio.file.Files.readString(Dashboards.home()
                        .resolve("trainer-runtime/src/main/resources/trainer-runtime.properties")));
            }
            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            for (JsonNode env : container.path("env")) {
                String name = env.path("name").asText();
                // read by: the JVM launcher, a ${NAME} in the service's configuration, Quarkus' KAFKA_X_Y -> kafka.x.y
                // (a real Kafka client setting), or KEDA's TriggerAuthentication
                boolean read = name.equals("JDK_JAVA_OPTIONS") || config.indexOf("${" + name) >= 0
                        || (name.startsWith("KAFKA_") && kafkaSettings.contains(
                                name.substring("KAFKA_".length()).toLowerCase(java.util.Locale.ROOT).replace('_', '.')))
                        || (name.equals("BLINDSPOTS_KAFKA_USER") && overlay.equals("prod"));
                assertThat(read).as(overlay + " " + service + " env " + name + " is read by something").isTrue();
            }
            String dockerfile = java.nio.file.Files.readString(Dashboards.home().resolve(service
                    + "/src/main/docker/" + (container.path("image").asText().contains("-gpu") ? "Dockerfile.gpu" : "Dockerfile.jvm")));
            assertThat(dockerfile).as(service).contains("-Dquarkus.http.port=" + container.at("/ports/0/containerPort").asInt())
                    .contains("USER " + deployment.at("/spec/template/spec/securityContext/runAsUser").asInt());
        }
    }

    @Test
    void prodRunsTheScaledServicesAsItsPatchesSayAndDropsTheUnusedVolume() {
        Map<String, JsonNode> objects = new TreeMap<>();
        Kustomize.render(K8S.resolve("overlays/prod")).forEach(o -> objects.put(Kustomize.id(o), o));
        assertThat(objects.get("Deployment/blindspots/encoder-service").at("/spec/replicas").asInt()).isEqualTo(2);
        assertThat(objects.get("Deployment/blindspots/results-service").at("/spec/replicas").asInt()).isEqualTo(2);
        assertThat(objects.get("Deployment/blindspots/convnet-trainer").at("/spec/replicas").asInt()).isEqualTo(1);
        JsonNode trainer = objects.get("Deployment/blindspots/baseline-trainer").at("/spec/template/spec");
        assertThat(trainer.at("/volumes").findValuesAsText("name")).contains("data", "kafka-ca");
        assertThat(trainer.at("/volumes/0").has("persistentVolumeClaim")).isFalse();
        assertThat(trainer.at("/containers/0/env").findValuesAsText("name"))
                .contains("KAFKA_SASL_JAAS_CONFIG", "BLINDSPOTS_KAFKA_USER", "JDK_JAVA_OPTIONS");
        assertThat(objects).doesNotContainKey("PersistentVolumeClaim/blindspots/baseline-trainer-data")
                .containsKey("PersistentVolumeClaim/blindspots/convnet-trainer-data");
    }

    private static List<JsonNode> selected(List<JsonNode> deployments, JsonNode labels) {
        return deployments.stream().filter(d -> {
            JsonNode podLabels = d.at("/spec/template/metadata/labels");
            return labels.properties().stream().allMatch(e -> podLabels.path(e.getKey()).equals(e.getValue()));
        }).toList();
    }
}
