package io.blindspots.baseline.messaging;

import io.blindspots.baseline.OnePixelStreams;
import io.blindspots.events.Catalog;
import io.blindspots.events.Json;
import io.blindspots.events.MetricEvent;
import io.blindspots.events.MetricNames;
import io.blindspots.events.RunEvent;
import io.blindspots.events.RunSpec;
import io.blindspots.events.Split;
import io.blindspots.events.Topics;
import io.blindspots.events.stream.DatasetStreamCodec;
import io.blindspots.events.stream.SequenceShape;
import io.blindspots.events.stream.StreamRecord;
import io.blindspots.events.testing.TopicClient;
import io.blindspots.runtime.testing.TrainerKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = true)
class BaselineTrainerIT {

    private static final String BOTH = "\"decision-tree\", \"gaussian-nb\"";
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final int PARTITIONS = 3;

    private TopicClient kafka;

    @BeforeEach
    void connect() {
        kafka = new TopicClient(TrainerKafkaResource.broker().bootstrapServers());
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void bothBaselinesAreScoredOnEveryTestSplitAndTheTreeFindsTheOnePixelSignal() {
        RunSpec spec = OnePixelStreams.spec("it-one-pixel", BOTH);

        publish(OnePixelStreams.stream(spec, 4000, 500, 21));

        await().atMost(PATIENCE).until(() -> finished(spec.runId()).size() == 2);
        assertThat(finished(spec.runId())).containsExactlyInAnyOrder(Catalog.DECISION_TREE, Catalog.GAUSSIAN_NB);
        List<MetricEvent> metrics = metrics(spec.runId());
        for (String model : List.of(Catalog.DECISION_TREE, Catalog.GAUSSIAN_NB)) {
            for (Split split : Split.TEST_SPLITS) {
                assertThat(metrics).filteredOn(m -> m.model().equals(model) && m.split() == split
                        && m.name().equals(MetricNames.ACCURACY)).hasSize(1);
            }
            assertThat(metrics).filteredOn(m -> m.model().equals(model) && m.split() == null
                    && m.name().equals(MetricNames.FIT_SECONDS)).singleElement()
                    .satisfies(m -> assertThat(m.value()).isPositive());
            assertThat(metrics).filteredOn(m -> m.model().equals(model)).allSatisfy(m -> {
                assertThat(m.epoch()).isEqualTo(1);
                assertThat(m.totalEpochs()).isEqualTo(1);
            });
        }
        assertThat(value(metrics, Catalog.DECISION_TREE, Split.SIGNAL, MetricNames.ACCURACY))
                .isGreaterThanOrEqualTo(0.99);
        assertThat(value(metrics, Catalog.DECISION_TREE, Split.CONFLICT, MetricNames.SIGNAL_RELIANCE))
                .isGreaterThanOrEqualTo(0.9);
        assertThat(events(spec.runId())).filteredOn(e -> e.type() == RunEvent.Type.MODEL_STARTED)
                .allSatisfy(e -> assertThat(e.source()).isEqualTo("baseline-trainer")).hasSize(2);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("blindspots_baseline_fit_seconds_count{model=\"decision-tree\"}"));
    }

    @Test
    void allTenBaselinesOfTheCatalogReportTheirMetrics() {
        RunSpec spec = OnePixelStreams.spec("it-all-ten",
                String.join(", ", Catalog.BASELINES.stream().map(b -> '"' + b + '"').toList()));

        publish(OnePixelStreams.stream(spec, 600, 100, 26));

        await().atMost(PATIENCE).until(() -> finished(spec.runId()).size() == Catalog.BASELINES.size());
        assertThat(finished(spec.runId())).containsExactlyInAnyOrderElementsOf(Catalog.BASELINES);
        List<MetricEvent> metrics = metrics(spec.runId());
        for (String model : Catalog.BASELINES) {
            assertThat(metrics).as(model).filteredOn(m -> m.model().equals(model)
                    && m.name().equals(MetricNames.ACCURACY)).hasSize(Split.TEST_SPLITS.size());
        }
    }

    @Test
    void aCorruptRecordFailsItsRunWithTheReasonAndTheNextRunStillTrains() {
        RunSpec broken = OnePixelStreams.spec("it-corrupt", BOTH);
        RunSpec good = OnePixelStreams.spec("it-after-corrupt", BOTH);
        List<StreamRecord> brokenStream = OnePixelStreams.stream(broken, 1000, 100, 22);
        byte[] flipped = DatasetStreamCodec.encode(brokenStream.get(1));
        flipped[flipped.length / 2] ^= 0x40;

        kafka.send(Topics.DATASET_BATCHES, broken.runId(), DatasetStreamCodec.encode(brokenStream.get(0)));
        kafka.send(Topics.DATASET_BATCHES, broken.runId(), flipped);
        brokenStream.subList(2, brokenStream.size()).forEach(this::publish);
        publish(OnePixelStreams.stream(good, 2000, 200, 23));

        await().atMost(PATIENCE).until(() -> finished(good.runId()).size() == 2);
        assertThat(events(broken.runId())).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(RunEvent.Type.RUN_FAILED);
            assertThat(e.message()).contains("corrupt dataset stream").contains("checksum");
        });
        assertThat(metrics(broken.runId())).isEmpty();
    }

    @Test
    void aStreamPublishedTwiceTrainsOnce() {
        RunSpec twice = OnePixelStreams.spec("it-twice", BOTH);
        // A later run in the same partition: once it is trained, every record of both copies has been handled.
        RunSpec marker = OnePixelStreams.spec(samePartitionAs(twice.runId(), "it-twice-marker-"), BOTH);
        List<StreamRecord> stream = OnePixelStreams.stream(twice, 2000, 200, 24);

        publish(stream);
        publish(stream);
        publish(OnePixelStreams.stream(marker, 1000, 100, 25));

        await().atMost(PATIENCE).until(() -> finished(marker.runId()).size() == 2);
        assertThat(finished(twice.runId())).containsExactlyInAnyOrder(Catalog.DECISION_TREE, Catalog.GAUSSIAN_NB);
        // Per model: accuracy on three splits, signal reliance on conflict, chance reliance on clean, fit time.
        assertThat(metrics(twice.runId())).hasSize(2 * 6);
        assertThat(events(twice.runId())).filteredOn(e -> e.type() == RunEvent.Type.MODEL_STARTED).hasSize(2);
    }

    @Test
    void aStreamOfSequenceSamplesGoesThroughTheSameRuntime() {
        RunSpec spec = OnePixelStreams.spec("it-sequence", BOTH);
        SequenceShape text = new SequenceShape(40, "abcdefghijklmnopqrstuvwxyz ");

        publish(OnePixelStreams.stream(spec, text, 2000, 300, 27));

        await().atMost(PATIENCE).until(() -> finished(spec.runId()).size() == 2);
        List<MetricEvent> metrics = metrics(spec.runId());
        // The first symbol names the class: the tree reads it, and follows it on the conflict split.
        assertThat(value(metrics, Catalog.DECISION_TREE, Split.SIGNAL, MetricNames.ACCURACY))
                .isGreaterThanOrEqualTo(0.99);
        assertThat(value(metrics, Catalog.DECISION_TREE, Split.CONFLICT, MetricNames.SIGNAL_RELIANCE))
                .isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aRunWholeInTheSpoolButNotTrainedIsResumedOnStart() {
        String runId = KafkaBrokerResource.LEFT_IN_SPOOL.runId();

        await().atMost(PATIENCE).until(() -> finished(runId).contains(Catalog.DECISION_TREE));
        assertThat(value(metrics(runId), Catalog.DECISION_TREE, Split.SIGNAL, MetricNames.ACCURACY))
                .isGreaterThanOrEqualTo(0.99);
    }

    private void publish(List<StreamRecord> records) {
        records.forEach(this::publish);
    }

    private void publish(StreamRecord record) {
        kafka.send(Topics.DATASET_BATCHES, record.runId(), DatasetStreamCodec.encode(record));
    }

    private List<RunEvent> events(String runId) {
        return kafka.readAll(Topics.RUN_EVENTS).stream()
                .filter(r -> runId.equals(r.key()))
                .map(r -> Json.read(r.value(), RunEvent.class))
                .toList();
    }

    private List<String> finished(String runId) {
        return events(runId).stream().filter(e -> e.type() == RunEvent.Type.MODEL_FINISHED).map(RunEvent::model)
                .toList();
    }

    private List<MetricEvent> metrics(String runId) {
        return kafka.readAll(Topics.TRAINING_METRICS).stream()
                .filter(r -> runId.equals(r.key()))
                .map(r -> Json.read(r.value(), MetricEvent.class))
                .toList();
    }

    private static double value(List<MetricEvent> metrics, String model, Split split, String name) {
        return metrics.stream()
                .filter(m -> m.model().equals(model) && m.split() == split && m.name().equals(name))
                .findFirst().orElseThrow().value();
    }

    /** A run id that the default partitioner puts in the same partition as {@code runId}. */
    private static String samePartitionAs(String runId, String prefix) {
        for (int i = 0; ; i++) {
            if (partition(prefix + i) == partition(runId)) {
                return prefix + i;
            }
        }
    }

    private static int partition(String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % PARTITIONS;
    }
}
