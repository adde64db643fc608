package io.blindspots.convnet.messaging;

import io.blindspots.convnet.domain.EpochMetrics;
import io.blindspots.convnet.fixtures.SquareDatasets;
import io.blindspots.events.Json;
import io.blindspots.events.MetricEvent;
import io.blindspots.events.MetricNames;
import io.blindspots.events.RunEvent;
import io.blindspots.events.RunSpec;
import io.blindspots.events.RunSpecs;
import io.blindspots.events.Topics;
import io.blindspots.events.stream.ImageShape;
import io.blindspots.events.testing.TopicClient;
import io.blindspots.runtime.testing.TrainerKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Same-machine determinism, on a real broker: one spec trained twice, as two revisions (two run ids), gives the same
 * number for every metric of every epoch (throughputs aside), and each MODEL_STARTED names the code, CPU and backend.
 */
@QuarkusTest
@QuarkusTestResource(value = TrainerKafkaResource.class, restrictToAnnotatedClass = true)
class ReproducibilityIT {

    private static final Duration TRAINING = Duration.ofSeconds(180);
    /** Wall-clock measurements: the only values allowed to differ. */
    private static final Set<String> TIMINGS = Set.of(MetricNames.IMAGES_PER_SECOND,
            EpochMetrics.INFERENCE_IMAGES_PER_SECOND);

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
    void theSameSpecTrainedAgainAsAnotherRevisionGivesIdenticalNumbers() {
        RunSpec first = RunSpecs.parse("""
                {"dataset": {"name": "synthetic-shapes"}, "signal": {"type": "one-pixel"}, "seed": 9,
                 "convnet": {"arch": "kdd4", "epochs": 3}, "revision": 1}""");
        RunSpec second = RunSpecs.complete(first.withRevision(2));
        assertThat(second.runId()).isNotEqualTo(first.runId());

        for (RunSpec spec : List.of(first, second)) {
            new SquareDatasets(spec, new ImageShape(3, 16, 16), 4, 320, 64).stream(64)
                    .forEach(record -> topics.send(Topics.DATASET_BATCHES, spec.runId(), record));
        }
        await().atMost(TRAINING).until(() -> finished(first.runId()) && finished(second.runId()));

        Map<String, Double> once = numbers(first.runId());
        assertThat(once).isNotEmpty().containsKey("1 validation-accuracy");
        assertThat(numbers(second.runId())).isEqualTo(once);
        RunEvent started = runEvents(first.runId()).stream().filter(e -> e.type() == RunEvent.Type.MODEL_STARTED)
                .findFirst().orElseThrow();
        assertThat(started.environment()).isNotNull();
        assertThat(started.environment().backend()).startsWith("ND4J CpuBackend").contains("oneDNN helpers on");
        assertThat(started.environment().codeVersion()).contains("+");
        assertThat(started.environment().cpu()).contains("cores");
    }

    private boolean finished(String runId) {
        return runEvents(runId).stream().anyMatch(e -> e.type() == RunEvent.Type.MODEL_FINISHED);
    }

    /** "epoch split/name" → value of every metric but the timings. */
    private Map<String, Double> numbers(String runId) {
        Map<String, Double> numbers = new TreeMap<>();
        topics.readAll(Topics.TRAINING_METRICS).stream().filter(r -> runId.equals(r.key()))
                .map(r -> Json.read(r.value(), MetricEvent.class))
                .filter(m -> !TIMINGS.contains(m.name()))
                .forEach(m -> numbers.put(m.epoch() + " " + (m.split() == null ? "" : m.split() + "/") + m.name(),
                        m.value()));
        return numbers;
    }

    private List<RunEvent> runEvents(String runId) {
        return topics.readAll(Topics.RUN_EVENTS).stream().filter(r -> runId.equals(r.key()))
                .map(r -> Json.read(r.value(), RunEvent.class)).toList();
    }
}
