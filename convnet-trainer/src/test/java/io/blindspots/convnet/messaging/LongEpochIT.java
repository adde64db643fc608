package io.blindspots.convnet.messaging;

import io.blindspots.convnet.fixtures.SquareDatasets;
import io.blindspots.events.Json;
import io.blindspots.events.MetricEvent;
import io.blindspots.events.RunEvent;
import io.blindspots.events.RunSpecs;
import io.blindspots.events.Topics;
import io.blindspots.events.stream.ImageShape;
import io.blindspots.events.testing.TopicClient;
import io.blindspots.runtime.testing.TrainerKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An epoch far longer than the consumer's {@code max.poll.interval.ms} (cut to {@value #POLL_INTERVAL_MS} ms here):
 * training runs off the poll thread, so the trainer stays in its consumer group (same member, no rebalance), and no
 * record is delivered again.
 */
@QuarkusTest
@QuarkusTestResource(value = LongEpochIT.ShortPollInterval.class, restrictToAnnotatedClass = true)
class LongEpochIT {

    static final int POLL_INTERVAL_MS = 3000;
    private static final int EPOCHS = 2;

    /** The trainer's broker and spool, with a poll interval shorter than any epoch of this test. */
    public static class ShortPollInterval extends TrainerKafkaResource {
        @Override
        public Map<String, String> start() {
            Map<String, String> config = new HashMap<>(super.start());
            config.put("mp.messaging.incoming.dataset-batches.max.poll.interval.ms", "" + POLL_INTERVAL_MS);
            return config;
        }
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void anEpochLongerThanThePollIntervalCausesNoRebalanceAndNoRedelivery() throws Exception {
        String runId = "it-long-epoch";
        List<byte[]> stream = new SquareDatasets(RunSpecs.parse("""
                {"runId": "%s", "dataset": {"name": "synthetic-shapes"}, "signal": {"type": "one-pixel"},
                 "seed": 9, "convnet": {"arch": "kdd4", "epochs": %d}}""".formatted(runId, EPOCHS)),
                new ImageShape(3, 32, 32), 4, 1200, 64).stream(64);
        try (TopicClient topics = new TopicClient(bootstrapServers);
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            stream.forEach(record -> topics.send(Topics.DATASET_BATCHES, runId, record));
            await().atMost(Duration.ofSeconds(120)).until(() -> events(topics, runId).stream()
                    .anyMatch(e -> e.type() == RunEvent.Type.MODEL_STARTED));
            Set<String> membersAtStart = members(admin);

            await().atMost(Duration.ofSeconds(300)).until(() -> events(topics, runId).stream()
                    .anyMatch(e -> e.type() == RunEvent.Type.MODEL_FINISHED));

            List<RunEvent> events = events(topics, runId);
            assertThat(events).extracting(RunEvent::type)
                    .containsExactly(RunEvent.Type.MODEL_STARTED, RunEvent.Type.MODEL_FINISHED);
            long trainingMillis = events.get(1).timestamp() - events.get(0).timestamp();
            assertThat(trainingMillis).as("two epochs, so one lasted longer than the poll interval")
                    .isGreaterThan(2L * POLL_INTERVAL_MS);
            assertThat(members(admin)).as("the same consumer, never evicted from its group").isEqualTo(membersAtStart)
                    .hasSize(1);
            List<MetricEvent> metrics = topics.readAll(Topics.TRAINING_METRICS).stream()
                    .filter(r -> runId.equals(r.key())).map(r -> Json.read(r.value(), MetricEvent.class)).toList();
            assertThat(metrics).extracting(MetricEvent::key).doesNotHaveDuplicates();
            assertThat(metrics).extracting(MetricEvent::epoch).contains(1, 2);
        }
    }

    private static List<RunEvent> events(TopicClient topics, String runId) {
        return topics.readAll(Topics.RUN_EVENTS).stream().filter(r -> runId.equals(r.key()))
                .map(r -> Json.read(r.value(), RunEvent.class)).toList();
    }

    private static Set<String> members(Admin admin) throws Exception {
        return admin.describeConsumerGroups(List.of("convnet-trainer")).all().get().get("convnet-trainer").members()
                .stream().map(MemberDescription::consumerId).collect(Collectors.toSet());
    }
}
