package io.blindspots.cli;

import io.blindspots.cli.stack.LocalStack;
import io.blindspots.cli.stack.ManagedProcess;
import io.blindspots.cli.stack.Service;
import io.blindspots.events.Json;
import io.blindspots.events.RunEvent;
import io.blindspots.events.RunSpecs;
import io.blindspots.events.Topics;
import io.blindspots.events.stream.DatasetStreamCodec;
import io.blindspots.events.stream.StreamFooter;
import io.blindspots.events.stream.StreamHeader;
import io.blindspots.events.stream.StreamRecord;
import io.blindspots.events.views.ModelStatus;
import io.blindspots.events.views.ModelView;
import io.blindspots.events.views.RunStatus;
import io.blindspots.events.views.RunView;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.quota.ClientQuotaAlteration;
import org.apache.kafka.common.quota.ClientQuotaEntity;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Faults a long research run meets, on the demo's real stack (a broker JVM and the four packaged services as
 * processes of their own): a trainer killed with SIGKILL mid-epoch, the encoder killed mid-publish, results-service
 * restarted, the broker stopped and started again mid-run, a second encoder replica. Each run must still finish, with
 * nothing lost and nothing counted or encoded twice.
 */
class FaultsIT {

    private static final String KDD4 = """
            {"dataset": {"name": "synthetic-shapes", "trainLimit": 400, "testLimit": 100},
             "signal": {"type": "none"}, "seed": %d, "convnet": {"arch": "kdd4", "epochs": %d}%s}""";

    private static LocalStack stack;
    private static Path state;
    private static ResultsClient results;

    @BeforeAll
    static void startStack() throws IOException {
        stack = DemoStack.startOwn("faults-it-");
        state = stack.stateDir();
        results = new ResultsClient(stack.resultsUrl());
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aConvNetTrainerKilledMidEpochResumesFromItsCheckpointAndReportsEveryEpochOnce() throws IOException {
        String runId = submit(KDD4.formatted(31, 4, ""));
        await().atMost(Duration.ofMinutes(5)).ignoreExceptions().until(() -> model(runId, "kdd4")
                .filter(m -> m.status() == ModelStatus.TRAINING && m.epoch() >= 2).isPresent());

        stack.kill(Service.CONVNET);
        stack.restart(Service.CONVNET);

        RunView run = awaitFinished(runId, Duration.ofMinutes(8));
        ModelView kdd4 = run.models().get("kdd4");
        assertThat(kdd4.status()).isEqualTo(ModelStatus.FINISHED);
        assertThat(Files.readString(state.resolve("logs/convnet-trainer.log")))
                .contains("Run " + runId + ": training").contains("resumed from its checkpoint after epoch");
        for (String split : List.of("clean/accuracy", "signal/accuracy", "conflict/accuracy")) {
            assertThat(kdd4.curves().get(split)).as(split + " has each epoch once, none missing").containsOnlyKeys(
                    IntStream.rangeClosed(1, kdd4.epoch()).boxed().toList());
        }
    }

    @Test
    void resultsServiceRestartedRebuildsTheSameTableFromTheTopics() {
        String runId = submit("""
                {"dataset": {"name": "synthetic-shapes", "trainLimit": 300, "testLimit": 100},
                 "signal": {"type": "one-pixel"}, "seed": 32, "baselines": ["decision-tree", "gaussian-nb"]}""");
        awaitFinished(runId, Duration.ofMinutes(5));
        String table = results.textTable();
        RunView before = results.run(runId);

        stack.kill(Service.RESULTS);
        stack.restart(Service.RESULTS);

        await().atMost(Duration.ofMinutes(2)).ignoreExceptions()
                .until(() -> results.run(runId).status() == RunStatus.FINISHED);
        assertThat(results.run(runId).models()).isEqualTo(before.models());
        assertThat(results.textTable()).isEqualTo(table);
    }

    @Test
    void theBrokerStoppedAndStartedMidRunIsRejoinedByEveryServiceAndTheRunFinishes() {
        String runId = submit(KDD4.formatted(33, 3, ", \"baselines\": [\"decision-tree\"]"));
        await().atMost(Duration.ofMinutes(5)).ignoreExceptions().until(() -> model(runId, "kdd4")
                .filter(m -> m.status() == ModelStatus.TRAINING).isPresent());

        stack.stopBroker();
        DemoStack.pause(Duration.ofSeconds(5));
        stack.startBroker();

        RunView run = awaitFinished(runId, Duration.ofMinutes(8));
        assertThat(run.models().values()).extracting(ModelView::status).containsOnly(ModelStatus.FINISHED);
        assertThat(stack.deadServices()).isEmpty();
        String next = submit("""
                {"dataset": {"name": "synthetic-shapes", "trainLimit": 200, "testLimit": 50},
                 "signal": {"type": "none"}, "seed": 34, "baselines": ["gaussian-nb"]}""");
        awaitFinished(next, Duration.ofMinutes(3));
    }

    @Test
    void anEncoderKilledMidPublishEncodesTheRunAgainAndTheTrainersTrainItOnceOnTheWholeStream() throws Exception {
        // a broker quota holds the encoder's producer to 2 MB/s, so the kill lands mid-stream on any machine
        // (unthrottled, a fast machine publishes the 30,000 images before the test has seen the header)
        encoderProducerQuota(2_000_000.0);
        String runId = submit("""
                {"dataset": {"name": "synthetic-shapes", "trainLimit": 30000, "testLimit": 500},
                 "signal": {"type": "one-pixel"}, "seed": 35, "baselines": ["decision-tree"],
                 "baselineFraction": 0.05}""");
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(50))
                .until(() -> !stream(runId).isEmpty());

        stack.kill(Service.ENCODER);
        List<StreamRecord> partial = stream(runId);
        encoderProducerQuota(null);
        stack.restart(Service.ENCODER);

        RunView run = awaitFinished(runId, Duration.ofMinutes(5));
        assertThat(partial).as("killed mid-publish: a header, no footer").hasAtLeastOneElementOfType(StreamHeader.class)
                .doesNotHaveAnyElementsOfTypes(StreamFooter.class);
        List<StreamRecord> whole = stream(runId);
        assertThat(whole).filteredOn(StreamHeader.class::isInstance).as("encoded again from the start").hasSize(2);
        assertThat(whole).filteredOn(StreamFooter.class::isInstance).as("one whole stream").hasSize(1);
        assertThat(run.models().get("decision-tree").status()).isEqualTo(ModelStatus.FINISHED);
        // metrics and run events come through two topics, so the scores may land a moment after "finished"
        await().atMost(Duration.ofSeconds(30)).until(() -> results.run(runId).models().get("decision-tree")
                .metrics().containsKey("signal/accuracy"));
    }

    @Test
    void twoEncodersEncodeARunOnceHoweverOftenAndUnderWhicheverKeysItsSpecIsSent() throws IOException {
        String spec = """
                {"dataset": {"name": "synthetic-shapes", "trainLimit": 20000, "testLimit": 200},
                 "signal": {"type": "noise"}, "seed": 36, "baselines": ["gaussian-nb"], "baselineFraction": 0.05}""";
        String runId = RunSpecs.parse(spec).runId();
        try (ManagedProcess second = stack.startReplica(Service.ENCODER, DemoStack.freePort())) {
            await().atMost(Duration.ofMinutes(2)).ignoreExceptions().until(() -> bothMembersOwnPartitions("encoder-service"));
            try (SpecPublisher publisher = new SpecPublisher(stack.bootstrapServers())) {
                for (int copy = 0; copy < 6; copy++) {
                    // no key, other keys: the copies land on every partition, so on both encoders, and all of them
                    // while the first copy is still being encoded (20,000 images: tens of seconds)
                    publisher.publish(copy % 2 == 0 ? null : "copy-" + copy, spec);
                }
            }
            awaitFinished(runId, Duration.ofMinutes(5));
            await().atMost(Duration.ofSeconds(60)).until(() -> DemoStack.uncommitted(stack, "encoder-service", Topics.RUN_SPECS) == 0);

            assertThat(stream(runId)).filteredOn(StreamHeader.class::isInstance).as("encoded once").hasSize(1);
            assertThat(records(Topics.RUN_EVENTS, runId).stream()
                    .map(r -> Json.read(new String(r, StandardCharsets.UTF_8), RunEvent.class))
                    .filter(e -> e.type() == RunEvent.Type.ENCODED)).hasSize(1);
            assertThat(second.isAlive()).isTrue();
        }
    }

    @Test
    void twoBaselineTrainersShareTheRunsAndTrainEachOnceWhenTheSecondJoinsMidStream() throws Exception {
        // throttled so the second replica joins while streams are still coming in
        encoderProducerQuota(4_000_000.0);
        List<String> runIds;
        try {
            runIds = IntStream.range(0, 6).mapToObj(i -> submit("""
                    {"dataset": {"name": "synthetic-shapes", "trainLimit": 6000, "testLimit": 200},
                     "signal": {"type": "one-pixel"}, "seed": %d, "baselines": ["decision-tree"],
                     "baselineFraction": 0.5}""".formatted(40 + i))).toList();
            await().atMost(Duration.ofMinutes(2)).until(() -> !stream(runIds.getFirst()).isEmpty());
            try (ManagedProcess second = stack.startReplica(Service.BASELINE, DemoStack.freePort())) {
                await().atMost(Duration.ofMinutes(2)).ignoreExceptions()
                        .until(() -> bothMembersOwnPartitions("baseline-trainer"));
                encoderProducerQuota(null);
                runIds.forEach(runId -> awaitFinished(runId, Duration.ofMinutes(8)));
                assertThat(second.isAlive()).isTrue();
            }
        } finally {
            encoderProducerQuota(null);
        }
        for (String runId : runIds) {
            List<RunEvent.Type> types = records(Topics.RUN_EVENTS, runId).stream()
                    .map(v -> Json.read(new String(v, StandardCharsets.UTF_8), RunEvent.class))
                    .filter(e -> e.source().equals(Service.BASELINE.name())).map(RunEvent::type).toList();
            assertThat(types).as(runId + ": trained once, by one of the two").containsExactlyInAnyOrder(
                    RunEvent.Type.MODEL_STARTED, RunEvent.Type.MODEL_FINISHED);
        }
        assertThat(stack.deadServices()).isEmpty();
    }

    /** The group is stable with two members, each owning partitions. */
    private static boolean bothMembersOwnPartitions(String groupId) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            var group = admin.describeConsumerGroups(List.of(groupId)).all().get().get(groupId);
            return group.groupState() == org.apache.kafka.common.GroupState.STABLE && group.members().size() == 2
                    && group.members().stream().allMatch(m -> !m.assignment().topicPartitions().isEmpty());
        }
    }

    /** Sets (or, with null, removes) Kafka's producer byte-rate quota on the encoder's client id. */
    private static void encoderProducerQuota(Double bytesPerSecond) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            ClientQuotaEntity encoder = new ClientQuotaEntity(Map.of(ClientQuotaEntity.CLIENT_ID, "encoder-service"));
            ClientQuotaAlteration.Op rate = new ClientQuotaAlteration.Op("producer_byte_rate", bytesPerSecond);
            admin.alterClientQuotas(List.of(new ClientQuotaAlteration(encoder, List.of(rate)))).all().get();
        }
    }

    /** Every record of the run on dataset-batches so far, decoded. */
    private static List<StreamRecord> stream(String runId) {
        return records(Topics.DATASET_BATCHES, runId).stream().map(DatasetStreamCodec::decode).toList();
    }

    /** The values of every record keyed {@code key} on {@code topic} so far. */
    private static List<byte[]> records(String topic, String key) {
        return DemoStack.read(stack, topic, new ByteArrayDeserializer()).stream()
                .filter(r -> key.equals(r.key())).map(ConsumerRecord::value).toList();
    }

    private static String submit(String spec) {
        try (SpecPublisher publisher = new SpecPublisher(stack.bootstrapServers())) {
            publisher.publish(null, spec);
        }
        return RunSpecs.parse(spec).runId();
    }

    private static Optional<ModelView> model(String runId, String model) {
        return results.runs().stream().filter(r -> r.runId().equals(runId)).findFirst()
                .map(r -> r.models().get(model));
    }

    private static RunView awaitFinished(String runId, Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofSeconds(2)).ignoreExceptions().until(() ->
                results.runs().stream().anyMatch(r -> r.runId().equals(runId) && (r.status() == RunStatus.FINISHED
                        || r.status() == RunStatus.FAILED)));
        RunView run = results.run(runId);
        assertThat(run.status()).as(run.message()).isEqualTo(RunStatus.FINISHED);
        return run;
    }
}
