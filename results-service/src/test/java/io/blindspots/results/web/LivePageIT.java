package io.blindspots.results.web;

import io.blindspots.events.Json;
import io.blindspots.events.MetricEvent;
import io.blindspots.events.MetricNames;
import io.blindspots.events.RunEvent;
import io.blindspots.events.RunSpec;
import io.blindspots.events.RunSpecs;
import io.blindspots.events.Split;
import io.blindspots.events.Topics;
import io.blindspots.events.testing.TopicClient;
import io.blindspots.results.messaging.KafkaBrokerResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a person opens in a browser: the live page, in a real headless Chromium, following a run published on a real
 * broker epoch by epoch; and the REST API's OpenAPI document behind the Swagger UI.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = true)
class LivePageIT {

    private static final Path TARGET = Path.of("target");
    private static final int EPOCHS = 3;
    private static HeadlessChromium chromium;

    @TestHTTPResource("/")
    URL page;

    private TopicClient kafka;

    @BeforeAll
    static void startChromium() throws IOException {
        chromium = HeadlessChromium.start(TARGET.resolve("chromium.log"));
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void connect() {
        kafka = new TopicClient(KafkaBrokerResource.bootstrapServers());
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    @Order(1)
    void pageFollowsARunFromAcceptedThroughEachEpochToItsTableCell() throws IOException {
        RunSpec spec = RunSpecs.parse("""
                {"dataset": {"name": "synthetic-shapes"}, "signal": {"type": "one-pixel"}, "seed": 11,
                 "convnet": {"arch": "kdd4", "epochs": %d}, "baselines": ["decision-tree"]}""".formatted(EPOCHS));
        String run = "document.querySelector('#runs tr[data-run-id=\"" + spec.runId() + "\"]')";
        chromium.open(page + "#run=" + spec.runId());
        await().atMost(Duration.ofSeconds(30)).until(() -> "live".equals(text("document.getElementById('live').dataset.state")));

        kafka.send(Topics.RUN_EVENTS, spec.runId(), Json.write(new RunEvent(spec.runId(), RunEvent.Type.ACCEPTED,
                "encoder-service", null, 1, null, spec, null)));
        kafka.send(Topics.RUN_SAMPLES, spec.runId(), samplePicture());
        kafka.send(Topics.RUN_EVENTS, spec.runId(), Json.write(new RunEvent(spec.runId(), RunEvent.Type.ENCODED,
                "encoder-service", null, 2, null, null, Map.of("signal", 2000L, "conflict", 2000L, RunEvent.CLASSES, 10L))));
        await().atMost(Duration.ofSeconds(30)).until(() -> text(run + "?.dataset.status") != null);
        assertThat(text(run + ".textContent")).contains("synthetic-shapes", "one-pixel", "kdd4", "decision-tree");

        for (int epoch = 1; epoch <= EPOCHS; epoch++) {
            publishEpoch(spec, "kdd4", epoch, EPOCHS, 0.3 * epoch);
            int points = 4 * epoch;
            String progress = epoch + "/" + EPOCHS;
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(text("document.getElementById('curves').dataset.points")).isEqualTo(String.valueOf(points));
                assertThat(text(run + ".querySelector('[data-model=kdd4] .epochs').textContent")).isEqualTo(progress);
            });
        }
        assertThat(text("document.querySelector('[data-curve=\"signal/accuracy\"]').dataset.points")).isEqualTo("3");
        String convnetCell = "document.querySelector('#result-table td[data-model=kdd4]')";
        await().atMost(Duration.ofSeconds(30)).until(() -> "true".equals(text(convnetCell + "?.dataset.provisional")));

        publishEpoch(spec, "decision-tree", 1, 1, 1.0);
        for (String model : spec.models()) {
            kafka.send(Topics.RUN_EVENTS, spec.runId(), Json.write(new RunEvent(spec.runId(),
                    RunEvent.Type.MODEL_FINISHED, "trainer", model, 9, null, null, null)));
        }
        String treeCell = "document.querySelector('#result-table td[data-model=\"decision-tree\"]')";
        await().atMost(Duration.ofSeconds(30)).until(() -> "false".equals(text(treeCell + "?.dataset.provisional"))
                && "false".equals(text(convnetCell + ".dataset.provisional")));
        assertThat(text(treeCell + ".querySelector('.value').textContent")).isEqualTo("1.000 ★");
        assertThat(text(convnetCell + ".querySelector('.value').textContent")).isEqualTo("0.900");
        assertThat(text(treeCell + ".querySelector('.verdict').textContent")).isEqualTo("uses the signal");
        assertThat(text(treeCell + ".textContent")).contains("reliance 1.00 vs chance 0.10");
        assertThat(text(convnetCell + ".querySelector('.interval').textContent")).as("0.9 of 2,000 signal images")
                .matches("98 % \\[0\\.88\\d, 0\\.91\\d\\]");
        String setting = text("document.querySelector('#result-table tbody tr').dataset.setting");
        assertThat(setting).startsWith("set-");
        RunSpec smaller = RunSpecs.parse(Json.write(spec.withRunId(null)).replace("\"name\":\"synthetic-shapes\"",
                "\"name\":\"synthetic-shapes\",\"trainLimit\":500"));
        kafka.send(Topics.RUN_EVENTS, smaller.runId(), Json.write(new RunEvent(smaller.runId(),
                RunEvent.Type.ACCEPTED, "encoder-service", null, 20, null, smaller, null)));
        String rows = "String(document.querySelectorAll('#result-table tbody tr').length)";
        await().atMost(Duration.ofSeconds(30)).until(() -> "2".equals(text(rows)));
        assertThat(text("document.querySelector('#result-table td.setting').textContent")).contains("trainLimit=");
        RunSpec textRun = RunSpecs.parse("""
                {"dataset": {"name": "synthetic-text"}, "signal": {"type": "mnemonic"}, "seed": 11,
                 "baselines": ["decision-tree"]}""");
        kafka.send(Topics.RUN_EVENTS, textRun.runId(), Json.write(new RunEvent(textRun.runId(),
                RunEvent.Type.ACCEPTED, "encoder-service", null, 21, null, textRun, null)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "true".equals(text("String([...document.querySelectorAll("
                + "'#setting option')].some(o => o.textContent.startsWith('synthetic-text · mnemonic')))")));
        chromium.eval("(() => { const s = document.getElementById('setting'); s.value = '" + setting + "';"
                + " s.dispatchEvent(new Event('change')); })()");
        await().atMost(Duration.ofSeconds(30)).until(() -> "1".equals(text(rows))
                && "1".equals(text("String(document.querySelectorAll('#runs tbody tr').length)")));
        await().atMost(Duration.ofSeconds(30)).until(() -> "FINISHED".equals(text(run + ".dataset.status"))
                && Boolean.TRUE.equals(chromium.eval("document.getElementById('samples').naturalWidth > 0").asBoolean()));

        chromium.screenshot(TARGET.resolve("live-page.png"));
    }

    @Test
    @Order(2)
    void mapShowsAChartPerSweptSignalWithEachModelsThreshold() throws IOException {
        chromium.open(page.toString());
        for (double scale : new double[] {0.001, 0.01, 0.1}) {
            RunSpec spec = RunSpecs.parse("""
                    {"dataset": {"name": "synthetic-shapes"}, "signal": {"type": "pattern-pixels", "scale": %s},
                     "seed": 12, "convnet": {"arch": "kdd4"}, "baselines": ["decision-tree"]}""".formatted(scale));
            kafka.send(Topics.RUN_EVENTS, spec.runId(), Json.write(new RunEvent(spec.runId(), RunEvent.Type.ACCEPTED,
                    "encoder-service", null, 30, null, spec, null)));
            kafka.send(Topics.RUN_EVENTS, spec.runId(), Json.write(new RunEvent(spec.runId(), RunEvent.Type.ENCODED,
                    "encoder-service", null, 31, null, null, Map.of("signal", 2000L, "conflict", 2000L,
                    RunEvent.CLASSES, 10L))));
            publishEpoch(spec, "kdd4", 1, 1, scale < 0.1 ? 0.1 : 0.95);
            publishEpoch(spec, "decision-tree", 1, 1, 1.0);
        }
        String chart = "document.querySelector('#map-charts [data-map-row]')";
        String convnetThreshold = "document.querySelector('#map-table td[data-model=kdd4]')";
        // the page redraws as each run's metrics arrive: wait for the last strength's, not the first chart
        await().atMost(Duration.ofSeconds(30)).until(() -> "2".equals(text(chart + "?.dataset.lines"))
                && "0.1".equals(text(convnetThreshold + "?.textContent")));

        assertThat(text("document.getElementById('map-section').hidden")).isEqualTo("false");
        assertThat(text(chart + ".querySelector('figcaption').textContent")).contains("pattern-pixels");
        assertThat(text(convnetThreshold + ".textContent")).isEqualTo("0.1");
        assertThat(text("document.querySelector('#map-table td[data-model=\"decision-tree\"]').textContent"))
                .isEqualTo("≤ 1e-3");
        chromium.screenshot(TARGET.resolve("live-page-map.png"));
    }

    @Test
    @Order(3)
    void openApiDocumentListsTheRunsAndTableEndpoints() {
        Map<String, Object> paths = RestAssured.given().queryParam("format", "json").get("/q/openapi")
                .jsonPath().getMap("paths");

        assertThat(paths).containsKeys("/runs", "/runs/{id}", "/runs/{id}/samples.png", "/runs/stream", "/table",
                "/map", "/map/plot.png");
        assertThat(RestAssured.get("/q/swagger-ui/").statusCode()).isEqualTo(200);
    }

    private static String text(String expression) {
        var value = chromium.eval(expression);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    private void publishEpoch(RunSpec spec, String model, int epoch, int total, double signalAccuracy) {
        Map<Split, Double> accuracy = Map.of(Split.CLEAN, 0.25, Split.SIGNAL, signalAccuracy,
                Split.CONFLICT, 1 - signalAccuracy);
        accuracy.forEach((split, value) -> metric(spec, model, epoch, total, split, MetricNames.ACCURACY, value));
        metric(spec, model, epoch, total, Split.CONFLICT, MetricNames.SIGNAL_RELIANCE, signalAccuracy);
        metric(spec, model, epoch, total, Split.CLEAN, MetricNames.CHANCE_RELIANCE, 0.1);
    }

    private void metric(RunSpec spec, String model, int epoch, int total, Split split, String name, double value) {
        kafka.send(Topics.TRAINING_METRICS, spec.runId(),
                Json.write(new MetricEvent(spec.runId(), model, epoch, total, split, name, value, 5)));
    }

    /** A small stand-in for the encoder's picture: a tile per class, clean beside injected. */
    private static byte[] samplePicture() throws IOException {
        BufferedImage image = new BufferedImage(96, 32, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 96; x++) {
            for (int y = 0; y < 32; y++) {
                image.setRGB(x, y, (x / 32 * 80) << 16 | (y * 8) << 8 | (x % 32 == y ? 255 : 40));
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }
}
