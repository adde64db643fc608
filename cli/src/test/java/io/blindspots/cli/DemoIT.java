package io.blindspots.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.blindspots.cli.stack.LocalStack;
import io.blindspots.cli.stack.Service;
import io.blindspots.events.Catalog;
import io.blindspots.events.Headers;
import io.blindspots.events.Json;
import io.blindspots.events.RunEvent;
import io.blindspots.events.RunSpec;
import io.blindspots.events.RunSpecs;
import io.blindspots.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * End to end, as the demo runs it: a Kafka broker in its own JVM, the four packaged services, specs in, the table out.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoIT {

    private static LocalStack stack;
    private static Path state;
    private static Map<String, Integer> ports;
    private static Demo.Outcome suite;
    private static final ByteArrayOutputStream screen = new ByteArrayOutputStream();

    @BeforeAll
    static void startStack() throws IOException {
        Path home = Path.of(System.getProperty("blindspots.home", "..")).toAbsolutePath().normalize();
        state = Files.createTempDirectory(home.resolve("cli/target"), "demo-it-");
        ports = new HashMap<>();
        ports.put("kafka", freePort());
        ports.put("controller", freePort());
        for (Service service : Service.ALL) {
            ports.put(service.name(), freePort());
        }
        stack = LocalStack.start(home, state, ports, line -> { });
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
            assertThat(stack.processes()).noneMatch(p -> p.isAlive());
        }
    }

    @Test
    @Order(1)
    void suiteFlowsThroughKafkaIntoATableWithEveryModel() {
        List<RunSpec> specs = DefaultSuite.specs(1000, 200, 1, 1);

        suite = new Demo(stack, new PrintStream(screen, true, StandardCharsets.UTF_8), DemoIT::pause)
                .run(specs, Duration.ofMinutes(10));

        assertThat(suite.runs()).hasSize(Catalog.SIGNALS.size());
        for (JsonNode run : suite.runs()) {
            assertThat(run.path("status").asText()).as(run.toString()).isEqualTo("FINISHED");
            for (String model : List.of("kdd4", "decision-tree", "gaussian-nb")) {
                JsonNode state = run.path("models").path(model);
                assertThat(state.path("status").asText()).as(model + " in " + run).isEqualTo("FINISHED");
                for (String split : List.of("clean", "signal", "conflict")) {
                    assertThat(state.path("metrics").path(split + "/accuracy").isNumber()).as(model + " " + split)
                            .isTrue();
                }
            }
        }
        assertThat(suite.table()).contains("kdd4").contains("decision-tree").contains("gaussian-nb");
        for (String signal : Catalog.SIGNALS) {
            assertThat(suite.table()).as("a row for " + signal).containsPattern("(?m)^.*synthetic-shapes\\s+" + signal + "\\s");
        }
        assertThat(screen.toString(StandardCharsets.UTF_8)).contains("submitted").contains("FINISHED");
    }

    @Test
    @Order(2)
    void decisionTreeFindsTheLowDimensionalSignalsAndNotTheCleanImage() {
        for (String signal : List.of("one-pixel", "pattern-pixels", "blank-one-pixel")) {
            assertThat(signalAccuracy(signal, "decision-tree")).as(signal).isGreaterThanOrEqualTo(0.99);
        }
        assertThat(signalAccuracy("none", "decision-tree")).isLessThan(0.9);
    }

    @Test
    @Order(3)
    void malformedSpecIsRejectedWithItsReasonAndTheNextGoodSpecStillRuns() {
        String bad = "{\"dataset\": {\"name\": \"synthetic-shapes\"}, \"signal\": {\"type\": \"no-such-signal\"},"
                + " \"baselines\": [\"gaussian-nb\"]}";
        RunSpec good = RunSpecs.parse("{\"dataset\": {\"name\": \"synthetic-shapes\", \"trainLimit\": 400,"
                + " \"testLimit\": 100}, \"signal\": {\"type\": \"one-pixel\"}, \"seed\": 9,"
                + " \"baselines\": [\"decision-tree\"]}");

        try (SpecPublisher publisher = new SpecPublisher(stack.bootstrapServers())) {
            publisher.publish(null, bad);
            publisher.publish(null, Json.write(good));
        }

        await().atMost(Duration.ofMinutes(3)).until(() -> finished(good.runId()));
        List<ConsumerRecord<String, String>> rejected = read(Topics.RUN_SPECS_REJECTED);
        assertThat(rejected).anySatisfy(r -> {
            assertThat(r.value()).isEqualTo(bad);
            assertThat(header(r, Headers.ERROR)).contains("signal.type").contains("one-pixel");
        });
    }

    @Test
    @Order(4)
    void sameSpecSentTwiceTrainsOnce() {
        RunSpec again = DefaultSuite.specs(1000, 200, 1, 1).get(1);
        RunSpec marker = RunSpecs.parse("{\"dataset\": {\"name\": \"synthetic-shapes\", \"trainLimit\": 300,"
                + " \"testLimit\": 100}, \"signal\": {\"type\": \"none\"}, \"seed\": 10,"
                + " \"baselines\": [\"gaussian-nb\"]}");

        try (SpecPublisher publisher = new SpecPublisher(stack.bootstrapServers())) {
            publisher.publish(null, Json.write(again.withRunId(null)));
            publisher.publish(null, Json.write(marker));
        }

        await().atMost(Duration.ofMinutes(3)).until(() -> finished(marker.runId()));
        List<RunEvent> events = read(Topics.RUN_EVENTS).stream().filter(r -> again.runId().equals(r.key()))
                .map(r -> Json.read(r.value(), RunEvent.class)).toList();
        assertThat(events).filteredOn(e -> e.type() == RunEvent.Type.ACCEPTED).hasSize(1);
        assertThat(events).filteredOn(e -> e.type() == RunEvent.Type.MODEL_FINISHED)
                .extracting(RunEvent::model).containsExactlyInAnyOrder("kdd4", "decision-tree", "gaussian-nb");
    }

    @Test
    @Order(5)
    void everyDashboardQueryReturnsDataFromARealPrometheus() throws IOException {
        Map<Integer, Integer> ports = new HashMap<>();
        for (Service service : Service.ALL) {
            ports.put(service.port(), DemoIT.ports.get(service.name()));
        }
        try (PrometheusProcess prometheus = PrometheusProcess.start(state.resolve("prometheus"), freePort(), ports)) {
            for (Dashboards.Query query : Dashboards.queries()) {
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                        .untilAsserted(() -> assertThat(prometheus.query(query.resolved()))
                                .as("%s / %s: %s", query.dashboard(), query.panel(), query.expr()).isNotEmpty());
            }
        }
    }

    private static double signalAccuracy(String signal, String model) {
        for (JsonNode run : suite.runs()) {
            if (signal.equals(run.path("signal").asText())) {
                return run.path("models").path(model).path("metrics").path("signal/accuracy").asDouble();
            }
        }
        throw new AssertionError("no " + signal + " run in " + suite.runs());
    }

    private static boolean finished(String runId) {
        for (JsonNode run : new ResultsClient(stack.resultsUrl()).runs()) {
            if (runId.equals(run.path("runId").asText())) {
                return "FINISHED".equals(run.path("status").asText());
            }
        }
        return false;
    }

    private static List<ConsumerRecord<String, String>> read(String topic) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void pause(Duration duration) {
        await().pollDelay(duration).atMost(duration.plusSeconds(1)).until(() -> true);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
