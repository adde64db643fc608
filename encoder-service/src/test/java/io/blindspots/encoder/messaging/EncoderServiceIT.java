package io.blindspots.encoder.messaging;

import io.blindspots.events.Headers;
import io.blindspots.events.Json;
import io.blindspots.events.RunEvent;
import io.blindspots.events.RunSpecs;
import io.blindspots.events.Split;
import io.blindspots.events.Topics;
import io.blindspots.events.signal.OnePixelSpec;
import io.blindspots.events.stream.DatasetStreamCodec;
import io.blindspots.encoder.domain.text.ZhangEncoding;
import io.blindspots.events.stream.SequenceShape;
import io.blindspots.events.stream.StreamHeader;
import io.blindspots.runtime.stream.SplitData;
import io.blindspots.events.testing.TopicClient;
import io.blindspots.runtime.stream.ReceivedDataset;
import io.blindspots.runtime.stream.StreamAssembler;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = true)
class EncoderServiceIT {

    private static final String SPEC = """
            {"dataset": {"name": "synthetic-shapes", "trainLimit": 300, "testLimit": 100},
             "signal": {"type": "one-pixel"}, "seed": %d, "baselines": ["decision-tree"]}""";

    private TopicClient kafka;

    @BeforeEach
    void connect() {
        kafka = new TopicClient(KafkaBrokerResource.broker.bootstrapServers());
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void goodSpecBecomesAVerifiedStreamBetweenAcceptedAndEncoded() {
        String spec = SPEC.formatted(11);
        String runId = RunSpecs.parse(spec).runId();

        kafka.send(Topics.RUN_SPECS, null, spec);

        await().atMost(Duration.ofSeconds(60)).until(() -> types(runId).contains(RunEvent.Type.ENCODED));
        assertThat(types(runId)).containsExactly(RunEvent.Type.ACCEPTED, RunEvent.Type.ENCODED);
        ReceivedDataset dataset = stream(runId);
        assertThat(dataset.split(Split.TRAIN).count()).isEqualTo(300);
        assertThat(dataset.split(Split.CONFLICT).count()).isEqualTo(100);
        assertThat(dataset.header().spec().signal()).isEqualTo(new OnePixelSpec(1e-3, 16, 16));
    }

    @Test
    void malformedSpecLandsOnRejectedWithTheReasonAndTheNextGoodSpecStillRuns() {
        String bad = SPEC.formatted(12).replace("one-pixel", "two-pixel");
        String good = SPEC.formatted(13);

        kafka.send(Topics.RUN_SPECS, "bad-key", bad);
        kafka.send(Topics.RUN_SPECS, null, "{not json at all");
        kafka.send(Topics.RUN_SPECS, null, good);

        String runId = RunSpecs.parse(good).runId();
        await().atMost(Duration.ofSeconds(60)).until(() -> types(runId).contains(RunEvent.Type.ENCODED));
        List<TopicClient.Received> rejected = kafka.readAll(Topics.RUN_SPECS_REJECTED);
        assertThat(rejected).anySatisfy(r -> {
            assertThat(r.key()).isEqualTo("bad-key");
            assertThat(r.value()).isEqualTo(bad);
            assertThat(r.headers().get(Headers.ERROR)).contains("signal.type").contains("one-pixel");
            assertThat(r.headers().get(Headers.REJECTED_BY)).isEqualTo("encoder-service");
        });
        assertThat(rejected).anySatisfy(r -> assertThat(r.headers().get(Headers.ERROR)).contains("not JSON"));
    }

    @Test
    void specWhosePixelIsOutsideTheImageIsRejected() {
        String outside = SPEC.formatted(14).replace("\"one-pixel\"", "\"one-pixel\", \"row\": 40");

        kafka.send(Topics.RUN_SPECS, null, outside);

        await().atMost(Duration.ofSeconds(30)).until(() -> kafka.readAll(Topics.RUN_SPECS_REJECTED).stream()
                .anyMatch(r -> r.value().equals(outside) && r.headers().get(Headers.ERROR).contains("signal.row")));
    }

    @Test
    void sameSpecSentTwiceIsEncodedOnce() {
        String spec = SPEC.formatted(15);
        String runId = RunSpecs.parse(spec).runId();

        kafka.send(Topics.RUN_SPECS, null, spec);
        kafka.send(Topics.RUN_SPECS, null, spec.replace("\"seed\": 15", "\"seed\":15 "));
        String marker = SPEC.formatted(16);
        kafka.send(Topics.RUN_SPECS, null, marker);

        await().atMost(Duration.ofSeconds(90))
                .until(() -> types(RunSpecs.parse(marker).runId()).contains(RunEvent.Type.ENCODED));
        assertThat(types(runId)).containsExactly(RunEvent.Type.ACCEPTED, RunEvent.Type.ENCODED);
        long headers = kafka.readAllBytes(Topics.DATASET_BATCHES).stream()
                .filter(r -> runId.equals(r.key()))
                .filter(r -> DatasetStreamCodec.decode(r.value()) instanceof StreamHeader)
                .count();
        assertThat(headers).isEqualTo(1);
    }

    @Test
    void sweepExpandsIntoChildRunsUnderOneParentEachWithItsSamplePicture() {
        String sweep = """
                {"dataset": {"name": "synthetic-shapes", "trainLimit": 100, "testLimit": 50},
                 "signals": [{"type": "one-pixel"}, {"type": "mean"}], "seeds": [1, 2], "baselines": ["gaussian-nb"]}""";
        String parentId = RunSpecs.parse(sweep).runId();

        kafka.send(Topics.RUN_SPECS, null, sweep);

        await().atMost(Duration.ofSeconds(90)).until(() -> kafka.readAll(Topics.RUN_EVENTS).stream()
                .map(r -> Json.read(r.value(), RunEvent.class))
                .filter(e -> e.type() == RunEvent.Type.ENCODED).count() >= 4 && accepted(parentId).size() == 4);
        List<RunEvent> children = accepted(parentId);
        assertThat(children).extracting(e -> e.spec().signal().type() + "/" + e.spec().seed())
                .containsExactlyInAnyOrder("one-pixel/1", "one-pixel/2", "mean/1", "mean/2");
        List<String> pictures = kafka.readAllBytes(Topics.RUN_SAMPLES).stream()
                .filter(r -> r.value().length > 8 && r.value()[1] == 'P' && r.value()[2] == 'N' && r.value()[3] == 'G')
                .map(ConsumerRecord::key).toList();
        assertThat(pictures).containsAll(children.stream().map(RunEvent::runId).toList());
    }

    @Test
    void textSpecBecomesAStreamOfCharacterCodesWhoseSignalSplitCarriesTheMnemonic() {
        String spec = """
                {"dataset": {"name": "synthetic-text", "trainLimit": 200, "testLimit": 60},
                 "signal": {"type": "mnemonic"}, "seed": 21, "baselines": ["decision-tree"]}""";
        String runId = RunSpecs.parse(spec).runId();

        kafka.send(Topics.RUN_SPECS, null, spec);

        await().atMost(Duration.ofSeconds(60)).until(() -> types(runId).contains(RunEvent.Type.ENCODED));
        ReceivedDataset dataset = stream(runId);
        assertThat(dataset.header().shape()).isEqualTo(new SequenceShape(1014, ZhangEncoding.ALPHABET));
        assertThat(dataset.header().classNames()).hasSize(5);
        assertThat(dataset.split(Split.TRAIN).count()).isEqualTo(200);
        SplitData signal = dataset.split(Split.SIGNAL);
        for (int i = 0; i < signal.count(); i++) {
            // default characters a, b, c, d, e: codes 1 .. 5 at position 0
            assertThat(signal.value(i, 0)).isEqualTo(signal.labels()[i] + 1);
        }
        assertThat(kafka.readAllBytes(Topics.RUN_SAMPLES)).anySatisfy(r -> {
            assertThat(r.key()).isEqualTo(runId);
            assertThat(r.value()[1]).isEqualTo((byte) 'P');
        });
    }

    @Test
    void imageSignalOnATextDatasetIsRejectedNamingBoth() {
        String spec = """
                {"dataset": {"name": "synthetic-text", "trainLimit": 20, "testLimit": 10},
                 "signal": {"type": "one-pixel"}, "seed": 22, "baselines": ["decision-tree"]}""";

        kafka.send(Topics.RUN_SPECS, null, spec);

        await().atMost(Duration.ofSeconds(30)).until(() -> kafka.readAll(Topics.RUN_SPECS_REJECTED).stream()
                .anyMatch(r -> r.value().equals(spec) && r.headers().get(Headers.ERROR).contains("'one-pixel' is an"
                        + " image signal") && r.headers().get(Headers.ERROR).contains("'synthetic-text'")));
    }

    @Test
    void textCsvWithAMalformedRowIsRejectedNamingTheFileAndLine() throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target/text-csv");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.writeString(dir.resolve("train.csv"), "\"1\",\"fine\"\n\"2\",\"also fine\"\n"
                + "\"x\",\"bad class\"\n");
        java.nio.file.Files.writeString(dir.resolve("test.csv"), "\"1\",\"fine\"\n");
        String spec = """
                {"dataset": {"name": "text-csv"}, "signal": {"type": "none"}, "seed": 23,
                 "baselines": ["decision-tree"]}""";

        kafka.send(Topics.RUN_SPECS, null, spec);

        await().atMost(Duration.ofSeconds(30)).until(() -> kafka.readAll(Topics.RUN_SPECS_REJECTED).stream()
                .anyMatch(r -> r.value().equals(spec) && r.headers().get(Headers.ERROR).contains("train.csv:3:")));
    }

    private List<RunEvent> accepted(String parentId) {
        return kafka.readAll(Topics.RUN_EVENTS).stream().map(r -> Json.read(r.value(), RunEvent.class))
                .filter(e -> e.type() == RunEvent.Type.ACCEPTED && parentId.equals(e.spec().parentId())).toList();
    }

    private List<RunEvent.Type> types(String runId) {
        return kafka.readAll(Topics.RUN_EVENTS).stream()
                .filter(r -> runId.equals(r.key()))
                .map(r -> Json.read(r.value(), RunEvent.class).type())
                .toList();
    }

    private ReceivedDataset stream(String runId) {
        StreamAssembler assembler = new StreamAssembler(runId);
        for (ConsumerRecord<String, byte[]> r : kafka.readAllBytes(Topics.DATASET_BATCHES)) {
            if (runId.equals(r.key())) {
                assembler.accept(DatasetStreamCodec.decode(r.value()));
            }
        }
        return assembler.dataset();
    }
}
