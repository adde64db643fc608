package io.blindspots.results.messaging;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blindspots.events.Json;
import io.blindspots.events.MetricEvent;
import io.blindspots.events.RunEvent;
import io.blindspots.events.RunSpec;
import io.blindspots.events.RunSpecs;
import io.blindspots.events.Split;
import io.blindspots.events.Topics;
import io.blindspots.events.testing.KraftBroker;
import io.blindspots.events.views.ModelStatus;
import io.blindspots.events.views.ResultTable;
import io.blindspots.events.views.RunStatus;
import io.blindspots.events.views.RunView;
import io.blindspots.events.testing.TopicClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = true)
class ResultsServiceIT {

    private TopicClient kafka;

    @BeforeEach
    void connect() {
        kafka = new TopicClient(KafkaBrokerResource.broker.bootstrapServers());
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    private static RunSpec spec(String signal) {
        return RunSpecs.parse("""
                {"dataset": {"name": "synthetic-shapes"}, "signal": {"type": "%s"}, "seed": 7,
                 "convnet": {"arch": "kdd4", "epochs": 2}, "baselines": ["decision-tree", "gaussian-nb"]}"""
                .formatted(signal));
    }

    private static RunSpec spec(String signal, String runId) {
        return spec(signal).withRunId(runId);
    }

    /** A run id whose records land on the same partition as {@code runId}'s, so they are consumed after them. */
    private static String samePartitionAs(String runId, String prefix) {
        for (int i = 0; ; i++) {
            if (partition(prefix + i) == partition(runId)) {
                return prefix + i;
            }
        }
    }

    private static int partition(String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % KraftBroker.PARTITIONS;
    }

    /** Every event of a finished run, with fixed timestamps: publishing it again is a true replay. */
    private void publishFinishedRun(RunSpec spec, double treeAccuracy) {
        kafka.send(Topics.RUN_EVENTS, spec.runId(), Json.write(new RunEvent(spec.runId(), RunEvent.Type.ACCEPTED,
                "encoder-service", null, 1, null, spec, null)));
        kafka.send(Topics.RUN_EVENTS, spec.runId(), Json.write(new RunEvent(spec.runId(), RunEvent.Type.ENCODED,
                "encoder-service", null, 2, null, null, null)));
        for (int epoch = 1; epoch <= 2; epoch++) {
            for (Split split : Split.TEST_SPLITS) {
                metric(spec, "kdd4", epoch, 2, split, "accuracy", 0.2 * epoch);
            }
        }
        for (String model : List.of("decision-tree", "gaussian-nb")) {
            for (Split split : Split.TEST_SPLITS) {
                metric(spec, model, 1, 1, split, "accuracy", split == Split.SIGNAL ? treeAccuracy : 0.3);
            }
        }
        for (String model : spec.models()) {
            kafka.send(Topics.RUN_EVENTS, spec.runId(), Json.write(new RunEvent(spec.runId(),
                    RunEvent.Type.MODEL_FINISHED, "trainer", model, 9, null, null, null)));
        }
    }

    private void metric(RunSpec spec, String model, int epoch, int total, Split split, String name, double value) {
        kafka.send(Topics.TRAINING_METRICS, spec.runId(),
                Json.write(new MetricEvent(spec.runId(), model, epoch, total, split, name, value, 5)));
    }

    @Test
    void finishedRunsFillTheRunsListTheCurvesAndThePaperTable() {
        RunSpec none = spec("none");
        RunSpec onePixel = spec("one-pixel");

        publishFinishedRun(none, 0.31);
        publishFinishedRun(onePixel, 1.0);

        await().atMost(Duration.ofSeconds(30)).until(() -> RestAssured.get("/runs").jsonPath()
                .getList("findAll { it.status == 'FINISHED' }.runId").containsAll(List.of(none.runId(), onePixel.runId())));
        Map<String, Object> summary = RestAssured.get("/runs").jsonPath()
                .getMap("find { it.runId == '" + onePixel.runId() + "' }");
        assertThat(summary).containsKeys("runId", "parentId", "dataset", "signal", "seed", "setting", "status",
                        "message", "models")
                .containsEntry("dataset", "synthetic-shapes").containsEntry("signal", "one-pixel");
        assertThat(RestAssured.get("/runs").jsonPath().getMap(
                "find { it.runId == '" + onePixel.runId() + "' }.models.'decision-tree'"))
                .containsOnlyKeys("status", "epoch", "totalEpochs", "etaSeconds", "message", "environment", "metrics",
                        "best")
                .containsEntry("status", "FINISHED");

        var run = RestAssured.get("/runs/" + onePixel.runId()).jsonPath();
        assertThat(run.getMap("models.kdd4.curves.'signal/accuracy'")).containsOnlyKeys("1", "2");
        assertThat(run.getFloat("models.kdd4.curves.'signal/accuracy'.'2'")).isEqualTo(0.4f);
        assertThat(run.getString("models.kdd4.status")).isEqualTo("FINISHED");
        var unknown = RestAssured.get("/runs/no-such-run");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.jsonPath().getString("error")).contains("no-such-run");

        String text = RestAssured.given().queryParam("format", "text").get("/table").asString();
        assertThat(text).containsPattern("synthetic-shapes\\s+none\\s+0.400 \\S+\\s+0.310 \\S+\\s+0.310 ");
        assertThat(text).containsPattern("synthetic-shapes\\s+one-pixel\\s+0.400 \\S+\\s+1.000 \\S+\\s+1.000 ");
        assertThat(RestAssured.given().accept("text/plain").get("/table").asString()).isEqualTo(text);
        assertThat(RestAssured.given().queryParam("format", "markdown").get("/table").asString())
                .contains("| synthetic-shapes | one-pixel |");
        var table = RestAssured.get("/table").jsonPath();
        // The broker is shared by the class's tests: other rows may be there too, in the paper's signal order.
        assertThat(table.getList("rows.signal")).containsSubsequence("none", "one-pixel");
        assertThat(table.getList("models")).containsExactly("kdd4", "decision-tree", "gaussian-nb");
        assertThat(table.getDouble("rows.find { it.signal == 'one-pixel' }.cells.'decision-tree'.signalAccuracy.mean"))
                .isEqualTo(1.0);
        String setting = table.getString("rows.find { it.signal == 'one-pixel' }.setting");
        assertThat(RestAssured.given().queryParam("setting", setting).get("/table").jsonPath().getList("rows.signal"))
                .containsExactly("one-pixel");
        assertThat(RestAssured.given().queryParam("setting", setting).get("/runs").jsonPath().getList("runId"))
                .contains(onePixel.runId()).doesNotContain(none.runId());
    }

    @Test
    void textRunsFillTable3ApartFromTheImageTable() {
        RunSpec mnemonic = RunSpecs.parse("""
                {"dataset": {"name": "synthetic-text"}, "signal": {"type": "mnemonic"}, "seed": 3,
                 "convnet": {"arch": "char-cnn-small", "epochs": 1}, "baselines": ["decision-tree"]}""");
        kafka.send(Topics.RUN_EVENTS, mnemonic.runId(), Json.write(new RunEvent(mnemonic.runId(),
                RunEvent.Type.ACCEPTED, "encoder-service", null, 1, null, mnemonic, null)));
        for (Split split : Split.TEST_SPLITS) {
            metric(mnemonic, "char-cnn-small", 1, 1, split, "accuracy", 0.25);
            metric(mnemonic, "decision-tree", 1, 1, split, "accuracy", split == Split.CLEAN ? 0.2 : 1.0);
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> !RestAssured.get("/table/text").jsonPath()
                .getList("rows").isEmpty());
        var text = RestAssured.get("/table/text").jsonPath();
        assertThat(text.getList("datasets")).containsExactly("synthetic-text");
        assertThat(text.getString("rows.find { it.signal == 'mnemonic' && it.role == 'BEST_SIMPLE_MODEL' }.model"))
                .isEqualTo("decision-tree");
        assertThat(RestAssured.given().queryParam("format", "text").get("/table/text").asString())
                .containsPattern("mnemonic\\s+decision-tree\\s+1.000").contains("Table 3");
        assertThat(RestAssured.given().queryParam("format", "csv").get("/table/text").asString())
                .contains("mnemonic,char-cnn-small,convnet,synthetic-text,0.250000");
        assertThat(RestAssured.get("/table").jsonPath().getList("rows.dataset")).doesNotContain("synthetic-text");
        assertThat(RestAssured.get("/table").jsonPath().getList("models")).doesNotContain("char-cnn-small");
        assertThat(RestAssured.given().queryParam("format", "text").get("/table").asString()).contains("Table 3");
    }

    @Test
    void restViewsReadBackStrictlyAsTheContractRecords() throws IOException {
        RunSpec spec = spec("multiple-locations");
        publishFinishedRun(spec, 0.66);
        await().atMost(Duration.ofSeconds(30)).until(() -> "FINISHED".equals(
                RestAssured.get("/runs/" + spec.runId()).jsonPath().getString("status")));
        // Strict: a field the records do not declare fails the read, so the service and the records keep one shape.
        ObjectMapper strict = Json.MAPPER.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

        List<RunView> runs = strict.readValue(RestAssured.get("/runs").asString(), new TypeReference<>() { });
        RunView run = strict.readValue(RestAssured.get("/runs/" + spec.runId()).asString(), RunView.class);
        ResultTable table = strict.readValue(RestAssured.get("/table").asString(), ResultTable.class);

        assertThat(runs).filteredOn(r -> r.runId().equals(spec.runId())).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(RunStatus.FINISHED))
                .satisfies(r -> assertThat(r.models().keySet()).containsExactly("kdd4", "decision-tree", "gaussian-nb"))
                .satisfies(r -> assertThat(r.models().get("kdd4").curves()).isNull());
        assertThat(run.models().get("decision-tree").status()).isEqualTo(ModelStatus.FINISHED);
        assertThat(run.models().get("decision-tree").metrics()).containsEntry("signal/accuracy", 0.66);
        assertThat(run.models().get("kdd4").curves().get("signal/accuracy")).containsEntry(2, 0.4);
        assertThat(table.rows()).filteredOn(r -> r.signal().equals("multiple-locations")).singleElement()
                .satisfies(r -> assertThat(r.cells().get("decision-tree").signalAccuracy().mean()).isEqualTo(0.66));
    }

    @Test
    void unreadableRecordsAreSkippedAndLaterEventsStillCount() {
        RunSpec spec = spec("pattern-pixels");
        // Same key as the run: same partition, so the good events are queued behind the bad ones.
        kafka.send(Topics.RUN_EVENTS, spec.runId(), "this is not JSON");
        kafka.send(Topics.RUN_EVENTS, spec.runId(), "{\"runId\": \"" + spec.runId() + "\", \"type\": \"ACCEPTED\","
                + " \"source\": \"encoder-service\"}");
        kafka.send(Topics.TRAINING_METRICS, spec.runId(), "{\"model\": \"kdd4\"}");

        publishFinishedRun(spec, 0.77);

        await().atMost(Duration.ofSeconds(30)).until(() -> "FINISHED".equals(
                RestAssured.get("/runs/" + spec.runId()).jsonPath().getString("status")));
        assertThat(RestAssured.get("/runs/" + spec.runId()).jsonPath()
                .getDouble("models.'decision-tree'.metrics.'signal/accuracy'")).isEqualTo(0.77);
    }

    @Test
    void gaugesCarryOnlyBoundedTags() {
        RunSpec spec = spec("mean");
        publishFinishedRun(spec, 0.99);

        await().atMost(Duration.ofSeconds(30)).until(() -> RestAssured.get("/q/metrics").asString()
                .contains("signal=\"mean\""));
        String metrics = RestAssured.get("/q/metrics").asString();
        assertThat(metrics).containsPattern(
                "blindspots_accuracy\\{dataset=\"synthetic-shapes\",model=\"decision-tree\",signal=\"mean\",split=\"signal\"\\} 0.99");
        assertThat(metrics).doesNotContain(spec.runId());
        assertThat(metrics).contains("blindspots_runs{status=\"finished\"}");
    }

    @Test
    void replayingEveryEventChangesNothing() {
        RunSpec spec = spec("noise");
        publishFinishedRun(spec, 0.5);
        await().atMost(Duration.ofSeconds(30)).until(() -> "FINISHED".equals(
                RestAssured.get("/runs/" + spec.runId()).jsonPath().getString("status")));
        String before = RestAssured.get("/runs/" + spec.runId()).asString();

        publishFinishedRun(spec, 0.5);
        // The marker's events queue behind the replay on the same partitions of both topics: once the marker's
        // last metric and its last lifecycle event are in, every replayed record has been consumed.
        RunSpec marker = spec("random-pixel", samePartitionAs(spec.runId(), "it-replay-marker-"));
        publishFinishedRun(marker, 0.1);
        await().atMost(Duration.ofSeconds(30)).until(() -> RestAssured.get("/runs/" + marker.runId()).statusCode() == 200
                && "FINISHED".equals(RestAssured.get("/runs/" + marker.runId()).jsonPath().getString("status"))
                && RestAssured.get("/runs/" + marker.runId()).jsonPath()
                        .get("models.'gaussian-nb'.metrics.'conflict/accuracy'") != null);

        assertThat(RestAssured.get("/runs/" + spec.runId()).asString()).isEqualTo(before);
    }

    @Test
    void samplePictureIsServedAsPng() {
        RunSpec spec = spec("blank-one-pixel");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0};
        kafka.send(Topics.RUN_SAMPLES, spec.runId(), png);

        await().atMost(Duration.ofSeconds(30)).until(() ->
                RestAssured.get("/runs/" + spec.runId() + "/samples.png").statusCode() == 200);
        assertThat(RestAssured.get("/runs/" + spec.runId() + "/samples.png").asByteArray()).isEqualTo(png);
        assertThat(RestAssured.get("/runs/" + spec.runId() + "/samples.png").contentType()).isEqualTo("image/png");
    }
}
