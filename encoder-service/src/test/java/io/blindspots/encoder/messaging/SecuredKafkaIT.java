package io.blindspots.encoder.messaging;

import io.blindspots.events.Json;
import io.blindspots.events.RunEvent;
import io.blindspots.events.RunSpecs;
import io.blindspots.events.Split;
import io.blindspots.events.Topics;
import io.blindspots.events.testing.TopicClient;
import io.blindspots.runtime.stream.ReceivedDataset;
import io.blindspots.runtime.stream.StreamAssembler;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.blindspots.encoder.messaging.SecuredKafkaResource.MALLORY;
import static io.blindspots.encoder.messaging.SecuredKafkaResource.PASSWORD_SUFFIX;
import static io.blindspots.encoder.messaging.SecuredKafkaResource.READER;
import static io.blindspots.encoder.messaging.SecuredKafkaResource.SUBMITTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * encoder-service on a broker that speaks only SASL_SSL (SCRAM-SHA-512) with ACLs, configured through its
 * {@code kafka.*} settings alone: a run goes through, a wrong password and a login without ACLs are refused, and
 * neither disturbs the next run.
 */
@QuarkusTest
@QuarkusTestResource(value = SecuredKafkaResource.class, restrictToAnnotatedClass = true)
class SecuredKafkaIT {

    private static final String SPEC = """
            {"dataset": {"name": "synthetic-shapes", "trainLimit": 200, "testLimit": 50},
             "signal": {"type": "one-pixel"}, "seed": %d, "baselines": ["decision-tree"]}""";

    @Test
    void aRunSentOverSaslSslIsEncodedByTheServiceLoggedInWithItsOwnScramUser() {
        String spec = SPEC.formatted(41);
        String runId = RunSpecs.parse(spec).runId();

        try (TopicClient submitter = client(SUBMITTER); TopicClient reader = client(READER)) {
            submitter.send(Topics.RUN_SPECS, null, spec);

            await().atMost(Duration.ofSeconds(90)).until(() -> types(reader, runId).contains(RunEvent.Type.ENCODED));
            assertThat(types(reader, runId)).containsExactly(RunEvent.Type.ACCEPTED, RunEvent.Type.ENCODED);
            StreamAssembler assembler = new StreamAssembler(runId);
            reader.readAllBytes(Topics.DATASET_BATCHES).stream().filter(r -> runId.equals(r.key()))
                    .forEach(r -> assembler.accept(io.blindspots.events.stream.DatasetStreamCodec.decode(r.value())));
            ReceivedDataset dataset = assembler.dataset();
            assertThat(dataset.split(Split.TRAIN).count()).isEqualTo(200);
        }
    }

    @Test
    void aWrongPasswordAndAValidLoginWithoutAnAclAreRefusedAndTheNextRunStillGoesThrough() {
        try (TopicClient impostor = new TopicClient(SecuredKafkaResource.broker.clientConfig(SUBMITTER, "guessed"))) {
            assertThatThrownBy(() -> impostor.send(Topics.RUN_SPECS, null, SPEC.formatted(42)))
                    .hasRootCauseInstanceOf(SaslAuthenticationException.class);
        }
        try (TopicClient mallory = client(MALLORY)) {
            assertThatThrownBy(() -> mallory.send(Topics.RUN_SPECS, null, SPEC.formatted(43)))
                    .hasRootCauseInstanceOf(TopicAuthorizationException.class);
            assertThatThrownBy(() -> mallory.readAll(Topics.RUN_EVENTS))
                    .isInstanceOf(TopicAuthorizationException.class);
        }
        try (TopicClient reader = client(READER)) {
            // the reader may read results but not submit: its ACLs grant no write on run-specs
            assertThatThrownBy(() -> reader.send(Topics.RUN_SPECS, null, SPEC.formatted(44)))
                    .hasRootCauseInstanceOf(TopicAuthorizationException.class);
            String next = SPEC.formatted(45);
            try (TopicClient submitter = client(SUBMITTER)) {
                submitter.send(Topics.RUN_SPECS, null, next);
            }
            String runId = RunSpecs.parse(next).runId();
            await().atMost(Duration.ofSeconds(90)).until(() -> types(reader, runId).contains(RunEvent.Type.ENCODED));
            assertThat(reader.readAll(Topics.RUN_EVENTS)).map(r -> Json.read(r.value(), RunEvent.class))
                    .noneMatch(e -> List.of(RunSpecs.parse(SPEC.formatted(42)).runId(),
                            RunSpecs.parse(SPEC.formatted(43)).runId(),
                            RunSpecs.parse(SPEC.formatted(44)).runId()).contains(e.runId()));
        }
    }

    private static TopicClient client(String user) {
        return new TopicClient(SecuredKafkaResource.broker.clientConfig(user, user + PASSWORD_SUFFIX));
    }

    private static List<RunEvent.Type> types(TopicClient reader, String runId) {
        return reader.readAll(Topics.RUN_EVENTS).stream().map(r -> Json.read(r.value(), RunEvent.class))
                .filter(e -> runId.equals(e.runId())).map(RunEvent::type).toList();
    }
}
