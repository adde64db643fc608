package io.blindspots.cli;

import io.blindspots.cli.stack.LocalStack;
import io.blindspots.cli.stack.Service;
import io.blindspots.events.Catalog;
import io.blindspots.events.Headers;
import io.blindspots.events.Json;
import io.blindspots.events.RunEvent;
import io.blindspots.events.RunSpec;
import io.blindspots.events.RunSpecs;
import io.blindspots.events.Topics;
import io.blindspots.events.views.ModelStatus;
import io.blindspots.events.views.ModelView;
import io.blindspots.events.views.RunStatus;
import io.blindspots.events.views.RunView;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * End to end, as the demo runs it: a Kafka broker in its own JVM, the four packaged services, specs in, the table out.
 * The stack and the default suite are made once ({@link DemoStack}); each test reads from them what it needs.
 */
@ExtendWith(DemoStack.Extension.class)
class DemoIT {

    @Test
    void suiteFlowsThroughKafkaIntoATableWithEveryModel(DemoStack demo) {
        DemoStack.Suite suite = demo.suite();

        assertThat(suite.outcome().runs()).hasSize(Catalog.IMAGE_SIGNALS.size());
        for (RunView run : suite.outcome().runs()) {
            assertThat(run.status()).as(run.toString()).isEqualTo(RunStatus.FINISHED);
            for (String model : List.of("kdd4", "decision-tree", "gaussian-nb")) {
                ModelView state = run.models().get(model);
                assertThat(state.status()).as(model + " in " + run).isEqualTo(ModelStatus.FINISHED);
                for (String split : List.of("clean", "signal", "conflict")) {
                    assertThat(state.metrics()).as(model + " " + split).containsKey(split + "/accuracy");
                }
            }
        }
        String table = suite.outcome().table();
        assertThat(table).contains("kdd4").contains("decision-tree").contains("gaussian-nb");
        for (String signal : Catalog.IMAGE_SIGNALS) {
            assertThat(table).as("a row for " + signal).containsPattern("(?m)^.*synthetic-shapes\\s+" + signal + "\\s");
        }
        assertThat(suite.screen()).contains("submitted").contains("FINISHED");
    }

    @Test
    void decisionTreeFindsTheLowDimensionalSignalsAndNotTheCleanImage(DemoStack demo) {
        List<RunView> runs = demo.suite().outcome().runs();
        for (String signal : List.of("one-pixel", "pattern-pixels", "blank-one-pixel")) {
            assertThat(signalAccuracy(runs, signal, "decision-tree")).as(signal).isGreaterThanOrEqualTo(0.99);
        }
        assertThat(signalAccuracy(runs, "none", "decision-tree")).isLessThan(0.9);
    }

    @Test
    void malformedSpecIsRejectedWithItsReasonAndTheNextGoodSpecStillRuns(DemoStack demo) {
        LocalStack stack = demo.stack();
        String bad = "{\"dataset\": {\"name\": \"synthetic-shapes\"}, \"signal\": {\"type\": \"no-such-signal\"},"
                + " \"baselines\": [\"gaussian-nb\"]}";
        RunSpec good = RunSpecs.parse("{\"dataset\": {\"name\": \"synthetic-shapes\", \"trainLimit\": 400,"
                + " \"testLimit\": 100}, \"signal\": {\"type\": \"one-pixel\"}, \"seed\": 9,"
                + " \"baselines\": [\"decision-tree\"]}");

        try (SpecPublisher publisher = new SpecPublisher(stack.bootstrapServers())) {
            publisher.publish(null, bad);
            publisher.publish(null, Json.write(good));
        }

        await().atMost(Duration.ofMinutes(3)).until(() -> finished(stack, good.runId()));
        List<ConsumerRecord<String, String>> rejected = read(stack, Topics.RUN_SPECS_REJECTED);
        assertThat(rejected).anySatisfy(r -> {
            assertThat(r.value()).isEqualTo(bad);
            assertThat(header(r, Headers.ERROR)).contains("signal.type").contains("one-pixel");
        });
    }

    @Test
    void sameSpecSentTwiceTrainsOnce(DemoStack demo) {
        demo.suite(); // has trained `again` once: the second copy below must be recognised and not trained

        LocalStack stack = demo.stack();
        RunSpec again = DefaultSuite.specs(1000, 200, 1, 1).get(1);
        RunSpec marker = RunSpecs.parse("{\"dataset\": {\"name\": \"synthetic-shapes\", \"trainLimit\": 300,"
                + " \"testLimit\": 100}, \"signal\": {\"type\": \"none\"}, \"seed\": 10,"
                + " \"baselines\": [\"gaussian-nb\"]}");

        try (SpecPublisher publisher = new SpecPublisher(stack.bootstrapServers())) {
            publisher.publish(null, Json.write(again.withRunId(null)));
            publisher.publish(null, Json.write(marker));
        }

        await().atMost(Duration.ofMinutes(3)).until(() -> finished(stack, marker.runId()));
        List<RunEvent> events = read(stack, Topics.RUN_EVENTS).stream().filter(r -> again.runId().equals(r.key()))
                .map(r -> Json.read(r.value(), RunEvent.class)).toList();
        assertThat(events).filteredOn(e -> e.type() == RunEvent.Type.ACCEPTED).hasSize(1);
        assertThat(events).filteredOn(e -> e.type() == RunEvent.Type.MODEL_FINISHED)
                .extracting(RunEvent::model).containsExactlyInAnyOrderElementsOf(again.models());
    }

    @Test
    void everyDashboardQueryReturnsDataFromARealPrometheus(DemoStack demo) throws IOException {
        demo.suite(); // so that every panel's meters have data

        Map<Integer, Integer> ports = new HashMap<>();
        for (Service service : Service.ALL) {
            ports.put(service.port(), demo.port(service));
        }
        try (PrometheusProcess prometheus = PrometheusProcess.start(demo.directory("prometheus"), DemoStack.freePort(),
                ports)) {
            for (Dashboards.Query query : Dashboards.queries()) {
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                        .untilAsserted(() -> assertThat(prometheus.query(query.resolved()))
                                .as("%s / %s: %s", query.dashboard(), query.panel(), query.expr()).isNotEmpty());
            }
        }
    }

    private static double signalAccuracy(List<RunView> runs, String signal, String model) {
        for (RunView run : runs) {
            if (signal.equals(run.signal())) {
                return run.models().get(model).metrics().get("signal/accuracy");
            }
        }
        throw new AssertionError("no " + signal + " run in " + runs);
    }

    private static boolean finished(LocalStack stack, String runId) {
        return new ResultsClient(stack.resultsUrl()).runs().stream()
                .anyMatch(run -> runId.equals(run.runId()) && run.status() == RunStatus.FINISHED);
    }

    private static List<ConsumerRecord<String, String>> read(LocalStack stack, String topic) {
        return DemoStack.read(stack, topic, new StringDeserializer());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
