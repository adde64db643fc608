package io.blindspots.convnet.messaging;

import io.blindspots.convnet.fixtures.SquareDatasets;
import io.blindspots.events.Json;
import io.blindspots.events.MetricEvent;
import io.blindspots.events.MetricNames;
import io.blindspots.events.RunEvent;
import io.blindspots.events.RunSpecs;
import io.blindspots.events.Split;
import io.blindspots.events.Topics;
import io.blindspots.events.stream.DatasetStreamCodec;
import io.blindspots.events.stream.ImageShape;
import io.blindspots.events.stream.SequenceShape;
import io.blindspots.events.stream.StreamFixtures;
import io.blindspots.events.testing.TopicClient;
import io.blindspots.runtime.testing.TrainerKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@QuarkusTestResource(value = TrainerKafkaResource.class, restrictToAnnotatedClass = true)
class ConvnetTrainerIT {

    private static final Duration TRAINING = Duration.ofSeconds(120);
    private static final int EPOCHS = 2;
    private static final int CLASSES = 4;
    /**
     * Per epoch: accuracy + loss on 3 test splits, signal reliance (conflict), chance reliance (clean), train loss,
     * training and inference images/s, validation accuracy.
     */
    private static final int METRICS_PER_EPOCH = 3 * 2 + 1 + 1 + 1 + 2 + 1;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private TopicClient topics;

    @BeforeEach
    void connect() {
        topics = new TopicClient(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        topics.close();
    }

    @Test
    void trainsKdd4OnTheStreamAndPublishesEveryEpochsMetricsOnEverySplit() {
        publish(squares("it-squares").stream(64));

        RunEvent finished = awaitRunEvent("it-squares", RunEvent.Type.MODEL_FINISHED);

        assertThat(finished.source()).isEqualTo("convnet-trainer");
        assertThat(finished.model()).isEqualTo("kdd4");
        assertThat(runEvents("it-squares")).extracting(RunEvent::type)
                .containsExactly(RunEvent.Type.MODEL_STARTED, RunEvent.Type.MODEL_FINISHED);
        Map<String, MetricEvent> metrics = metrics("it-squares").stream()
                .collect(Collectors.toMap(MetricEvent::key, Function.identity()));
        for (int epoch = 1; epoch <= EPOCHS; epoch++) {
            for (Split split : Split.TEST_SPLITS) {
                assertThat(metrics).containsKeys(key("it-squares", epoch, split, MetricNames.ACCURACY),
                        key("it-squares", epoch, split, MetricNames.LOSS));
            }
            assertThat(metrics).containsKeys(key("it-squares", epoch, Split.CONFLICT, MetricNames.SIGNAL_RELIANCE),
                    key("it-squares", epoch, Split.TRAIN, MetricNames.LOSS),
                    key("it-squares", epoch, null, MetricNames.IMAGES_PER_SECOND));
        }
        assertThat(metrics).hasSize(EPOCHS * METRICS_PER_EPOCH);
        assertThat(metrics.values()).allSatisfy(m -> assertThat(m.totalEpochs()).isEqualTo(EPOCHS));
        double chance = 1.0 / CLASSES;
        assertThat(metrics.get(key("it-squares", EPOCHS, Split.SIGNAL, MetricNames.ACCURACY)).value())
                .isGreaterThan(3 * chance);
        assertThat(metrics.get(key("it-squares", EPOCHS, Split.CONFLICT, MetricNames.SIGNAL_RELIANCE)).value())
                .isGreaterThan(3 * chance);
    }

    @Test
    void aCorruptRecordFailsItsRunAndTheNextRunStillTrains() {
        List<byte[]> corrupt = squares("it-corrupt").stream(64);
        byte[] batch = corrupt.get(2).clone();
        batch[batch.length / 2] ^= 0x10;
        corrupt.set(2, batch);

        publish(corrupt);
        publish(squares("it-after-corrupt").stream(64));

        RunEvent failed = awaitRunEvent("it-corrupt", RunEvent.Type.RUN_FAILED);
        assertThat(failed.source()).isEqualTo("convnet-trainer");
        assertThat(failed.message()).contains("corrupt").contains("checksum");
        awaitRunEvent("it-after-corrupt", RunEvent.Type.MODEL_FINISHED);
        assertThat(runEvents("it-corrupt")).extracting(RunEvent::type).containsExactly(RunEvent.Type.RUN_FAILED);
        assertThat(metrics("it-corrupt")).isEmpty();
    }

    @Test
    void aRunThatAsksNoConvNetIsSkippedWithoutReadingItsBatches() {
        var baselinesOnly = RunSpecs.parse("""
                {"runId": "it-baselines-only", "dataset": {"name": "synthetic-shapes"}, "signal": {"type": "one-pixel"},
                 "seed": 5, "baselines": ["decision-tree"]}""");
        List<byte[]> stream = new SquareDatasets(baselinesOnly, new ImageShape(3, 16, 16), CLASSES, 384, 64)
                .stream(64);
        byte[] batch = stream.get(2).clone();
        batch[batch.length / 2] ^= 0x10; // read, this batch would fail the run
        stream.set(2, batch);

        publish(stream);
        publish(squares("it-after-baselines-only").stream(64));

        awaitRunEvent("it-after-baselines-only", RunEvent.Type.MODEL_FINISHED);
        await().atMost(TRAINING).until(this::everyDatasetRecordConsumed);
        assertThat(runEvents("it-baselines-only")).isEmpty();
        assertThat(metrics("it-baselines-only")).isEmpty();
    }

    @Test
    void aStreamDeliveredTwiceTrainsOnceAndPublishesEachMetricOnce() {
        List<byte[]> stream = squares("it-twice").stream(64);

        publish(stream);
        publish(stream);

        awaitRunEvent("it-twice", RunEvent.Type.MODEL_FINISHED);
        await().atMost(TRAINING).until(this::everyDatasetRecordConsumed);
        assertThat(runEvents("it-twice")).extracting(RunEvent::type)
                .containsExactly(RunEvent.Type.MODEL_STARTED, RunEvent.Type.MODEL_FINISHED);
        List<MetricEvent> metrics = metrics("it-twice");
        assertThat(metrics).hasSize(EPOCHS * METRICS_PER_EPOCH);
        assertThat(metrics).extracting(MetricEvent::key).doesNotHaveDuplicates();
    }

    @Test
    void aDatasetOfSequencesFailsTheImageNetworkWithAReasonNamingBoth() {
        var spec = RunSpecs.parse("""
                {"runId": "it-sequences", "dataset": {"name": "synthetic-shapes"}, "signal": {"type": "none"},
                 "convnet": {"arch": "kdd4", "epochs": 1}}""");
        List<byte[]> stream = StreamFixtures.stream(spec, StreamFixtures.SEQUENCE, 30, 6).stream()
                .map(DatasetStreamCodec::encode).toList();

        publish(stream);

        RunEvent failed = awaitRunEvent("it-sequences", RunEvent.Type.MODEL_FAILED);
        assertThat(failed.model()).isEqualTo("kdd4");
        assertThat(failed.message()).contains("kdd4 takes samples of [image]").contains("synthetic-shapes")
                .contains("sequence");
        assertThat(metrics("it-sequences")).isEmpty();
    }

    @Test
    void trainsTheSmallCharCnnOnAStreamOfTextsAndScoresIt() {
        var spec = RunSpecs.parse("""
                {"runId": "it-char-cnn", "dataset": {"name": "synthetic-text"}, "signal": {"type": "none"},
                 "convnet": {"arch": "char-cnn-small", "epochs": 1, "batchSize": 16}}""");
        var zhang = SequenceShape.ZHANG_2015;
        List<byte[]> stream = StreamFixtures.stream(spec, zhang, 24, 6).stream().map(DatasetStreamCodec::encode)
                .toList();

        publish(stream);

        RunEvent finished = awaitRunEvent("it-char-cnn", RunEvent.Type.MODEL_FINISHED);
        assertThat(finished.model()).isEqualTo("char-cnn-small");
        assertThat(metrics("it-char-cnn")).anySatisfy(m -> {
            assertThat(m.model()).isEqualTo("char-cnn-small");
            assertThat(m.split()).isEqualTo(Split.CLEAN);
            assertThat(m.name()).isEqualTo(MetricNames.ACCURACY);
            assertThat(m.value()).isBetween(0.0, 1.0);
        });
    }

    private static SquareDatasets squares(String runId) {
        return new SquareDatasets(RunSpecs.parse("""
                {"runId": "%s", "dataset": {"name": "synthetic-shapes"}, "signal": {"type": "one-pixel"},
                 "seed": 5, "convnet": {"arch": "kdd4", "epochs": %d}}""".formatted(runId, EPOCHS)),
                new ImageShape(3, 16, 16), CLASSES, 384, 64);
    }

    private void publish(List<byte[]> records) {
        String runId = DatasetStreamCodec.decode(records.getFirst()).runId();
        records.forEach(record -> topics.send(Topics.DATASET_BATCHES, runId, record));
    }

    private RunEvent awaitRunEvent(String runId, RunEvent.Type type) {
        return await().atMost(TRAINING).until(
                () -> runEvents(runId).stream().filter(e -> e.type() == type).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
    }

    private List<RunEvent> runEvents(String runId) {
        return topics.readAll(Topics.RUN_EVENTS).stream()
                .filter(r -> runId.equals(r.key()))
                .map(r -> Json.read(r.value(), RunEvent.class))
                .toList();
    }

    private List<MetricEvent> metrics(String runId) {
        return topics.readAll(Topics.TRAINING_METRICS).stream()
                .filter(r -> runId.equals(r.key()))
                .map(r -> Json.read(r.value(), MetricEvent.class))
                .toList();
    }

    private static String key(String runId, int epoch, Split split, String name) {
        return new MetricEvent(runId, "kdd4", epoch, EPOCHS, split, name, 0, 0).key();
    }

    /** The trainer's consumer group has committed every record of the dataset topic. */
    private boolean everyDatasetRecordConsumed() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("convnet-trainer")
                    .partitionsToOffsetAndMetadata().get();
            var partitions = admin.describeTopics(List.of(Topics.DATASET_BATCHES)).allTopicNames().get()
                    .get(Topics.DATASET_BATCHES).partitions().stream()
                    .map(p -> new TopicPartition(Topics.DATASET_BATCHES, p.partition()))
                    .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest()));
            var ends = admin.listOffsets(partitions).all().get();
            return ends.entrySet().stream().allMatch(end -> end.getValue().offset() == 0
                    || (committed.get(end.getKey()) != null
                    && committed.get(end.getKey()).offset() >= end.getValue().offset()));
        }
    }
}
