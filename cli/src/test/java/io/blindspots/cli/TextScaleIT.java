package io.blindspots.cli;

import io.blindspots.cli.stack.LocalStack;
import io.blindspots.encoder.domain.text.SyntheticText;
import io.blindspots.events.RunSpecs;
import io.blindspots.events.views.ModelStatus;
import io.blindspots.events.views.ModelView;
import io.blindspots.events.views.RunStatus;
import io.blindspots.events.views.RunView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A Zhang-format CSV (synthetic reviews, quoted, with {@code ""} and {@code \n} escapes) through the whole stack as a
 * user would send it: the encoder reads it as {@code text-csv} (its directory from service configuration), Kafka
 * carries the stream, both trainers assemble and train it with the services' default heaps. Every half second each
 * service's heap and RSS are sampled. 20,000 training rows by default (minutes); with
 * {@code -Dblindspots.text-scale.rows=650000 -Dblindspots.text-scale.test-rows=50000} it is Yelp Review Full's size,
 * the README's figures. The report goes to {@code target/text-scale-report.md}; the assertions are about outcomes
 * (every model trained and scored, no service lost), never about time or memory.
 */
class TextScaleIT {

    private static final int ROWS = Integer.getInteger("blindspots.text-scale.rows", 20_000);
    private static final int TEST_ROWS = Integer.getInteger("blindspots.text-scale.test-rows", 2_000);
    private static final int TEST_LIMIT = Integer.getInteger("blindspots.text-scale.test-limit", 500);
    /** The char-CNN's mini-batches: a first look, not a training (the whole split would take hours on a CPU). */
    private static final int MAX_ITERATIONS = Integer.getInteger("blindspots.text-scale.max-iterations", 5);
    private static final double BASELINE_FRACTION =
            Double.parseDouble(System.getProperty("blindspots.text-scale.baseline-fraction", "0.05"));

    private static Path csv;
    private static LocalStack stack;

    @BeforeAll
    static void writeTheCsvAndStartTheStack() throws IOException {
        csv = Path.of("target/text-scale-csv").toAbsolutePath();
        SyntheticText.writeZhangCsv(csv.resolve("train.csv"), 7, 1, ROWS);
        SyntheticText.writeZhangCsv(csv.resolve("test.csv"), 7, 2, TEST_ROWS);
        stack = DemoStack.startOwn("text-scale-it-", Map.of("BLINDSPOTS_ENCODER_TEXT_CSV_DIR", csv.toString()));
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aLargeTextCsvGoesThroughTheEncoderKafkaAndBothTrainersWithTheDefaultHeaps() throws Exception {
        String spec = """
                {"dataset": {"name": "text-csv", "testLimit": %d}, "signal": {"type": "pattern-char"}, "seed": 7,
                 "convnet": {"arch": "char-cnn-small", "epochs": 1, "maxIterations": %d, "validationFraction": 0.01},
                 "baselines": ["decision-tree", "gaussian-nb", "logistic-regression", "random-forest"],
                 "baselineFraction": %s}""".formatted(TEST_LIMIT, MAX_ITERATIONS, BASELINE_FRACTION);
        String runId = RunSpecs.parse(spec).runId();
        ResultsClient results = new ResultsClient(stack.resultsUrl());
        long start = System.nanoTime();
        RunView run;
        try (StackSampler samples = StackSampler.every(Duration.ofMillis(500), stack, false);
             SpecPublisher publisher = new SpecPublisher(stack.bootstrapServers())) {
            publisher.publish(runId, spec);
            await().atMost(Duration.ofHours(2)).pollInterval(Duration.ofSeconds(2)).ignoreExceptions()
                    .until(() -> results.run(runId).status() == RunStatus.FINISHED
                            || results.run(runId).status() == RunStatus.FAILED);
            double seconds = (System.nanoTime() - start) / 1e9;
            run = results.run(runId);
            String report = report(run, seconds, samples);
            Files.writeString(Path.of("target/text-scale-report.md"), report);
            System.out.println(report);
        }

        assertThat(run.status()).as(run.message()).isEqualTo(RunStatus.FINISHED);
        assertThat(run.models()).containsOnlyKeys("char-cnn-small", "decision-tree", "gaussian-nb",
                "logistic-regression", "random-forest");
        // metrics and run events come through two topics, so the scores may land a moment after "finished"
        await().atMost(Duration.ofSeconds(30)).until(() -> results.run(runId).models().values().stream()
                .allMatch(m -> m.status() == ModelStatus.FINISHED && m.metrics().containsKey("signal/accuracy")));
        assertThat(stack.deadServices()).isEmpty();
    }

    private static String report(RunView run, double seconds, StackSampler samples) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "text-csv: %,d training rows (%,d MB) + %,d test rows, testLimit %d;"
                        + " run %s in %.1f s; char-cnn-small %d mini-batches, baselines on %.0f %% of the training rows%n%n",
                ROWS, Files.size(csv.resolve("train.csv")) >> 20, TEST_ROWS, TEST_LIMIT, run.status(), seconds,
                MAX_ITERATIONS, BASELINE_FRACTION * 100));
        out.append(samples.memoryTable());
        out.append("\n| model | signal accuracy | fit s |\n| --- | --- | --- |\n");
        for (Map.Entry<String, ModelView> model : run.models().entrySet()) {
            Map<String, Double> metrics = model.getValue().metrics();
            out.append(String.format(Locale.ROOT, "| %s | %s | %s |%n", model.getKey(),
                    metrics.getOrDefault("signal/accuracy", Double.NaN), metrics.getOrDefault("fit-seconds", Double.NaN)));
        }
        out.append("\nEvery process's log: ").append(stack.stateDir().resolve("logs")).append('\n');
        return out.toString();
    }
}
