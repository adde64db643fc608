package io.blindspots.cli;

import io.blindspots.cli.stack.LocalStack;
import io.blindspots.cli.stack.ManagedProcess;
import io.blindspots.cli.stack.Service;
import io.blindspots.events.RunSpecs;
import io.blindspots.events.Topics;
import io.blindspots.events.views.ModelStatus;
import io.blindspots.events.views.ModelView;
import io.blindspots.events.views.RunStatus;
import io.blindspots.events.views.RunView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fifty specs published at once on the demo's real stack (broker JVM, the four packaged services as processes): all
 * accepted, all finished, each run once; while they run, every half second, each service's used heap, the trainers'
 * queues and the encoder's backlog of specs on Kafka are sampled. The figures go to {@code target/load-report.md}
 * (and the README's Reliability section); the assertions are about outcomes and bounds, never about time.
 */
class LoadIT {

    private static final int SPECS = 50;
    private static final List<String> SIGNALS = List.of("none", "one-pixel", "noise", "mean", "pattern-pixels");
    /** TrainerRuntimeConfig.queueCapacity's default: whole runs beyond it wait in the spool, on disk. */
    private static final int TRAINER_QUEUE_CAPACITY = 64;

    private static LocalStack stack;
    private static ResultsClient results;

    @BeforeAll
    static void startStack() throws IOException {
        stack = DemoStack.startOwn("load-it-");
        results = new ResultsClient(stack.resultsUrl());
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void fiftySpecsPublishedAtOnceAreAllAcceptedAndFinishedOnceWithBoundedQueues() throws Exception {
        List<String> specs = IntStream.range(0, SPECS).mapToObj(LoadIT::spec).toList();
        Set<String> runIds = specs.stream().map(s -> RunSpecs.parse(s).runId()).collect(Collectors.toSet());
        assertThat(runIds).hasSize(SPECS);

        StackSampler samples = StackSampler.every(Duration.ofMillis(500), stack, true);
        long start = System.nanoTime();
        try (SpecPublisher publisher = new SpecPublisher(stack.bootstrapServers())) {
            // keyed by run id, as ./blindspots submit sends them (an unkeyed spec is forwarded once under its run id)
            specs.forEach(spec -> publisher.publish(RunSpecs.parse(spec).runId(), spec));
        }
        await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() ->
                results.runs().stream().filter(r -> runIds.contains(r.runId()))
                        .filter(r -> r.status() == RunStatus.FINISHED || r.status() == RunStatus.FAILED).count() == SPECS);
        Duration total = Duration.ofNanos(System.nanoTime() - start);
        samples.close();

        List<RunView> runs = results.runs().stream().filter(r -> runIds.contains(r.runId())).toList();
        assertThat(runs).as("each run listed once").hasSize(SPECS);
        assertThat(runs).allSatisfy(run -> {
            assertThat(run.status()).as(run.runId() + ": " + run.message()).isEqualTo(RunStatus.FINISHED);
            assertThat(run.models().values()).extracting(ModelView::status).containsOnly(ModelStatus.FINISHED);
        });
        assertThat(results.textTable()).isNotBlank();
        assertThat(stack.deadServices()).isEmpty();
        assertThat(samples.count()).as("the sampler ran").isPositive();
        assertThat(samples.peak(Service.BASELINE, "blindspots_trainer_runs_pending"))
                .as("the baseline trainer's queue stays within its capacity").isLessThanOrEqualTo(TRAINER_QUEUE_CAPACITY);
        assertThat(samples.peak(Service.CONVNET, "blindspots_trainer_runs_pending"))
                .isLessThanOrEqualTo(TRAINER_QUEUE_CAPACITY);

        String report = report(total, samples);
        Files.writeString(Path.of("target/load-report.md"), report);
        System.out.println(report);
    }

    private static String spec(int i) {
        return """
                {"dataset": {"name": "synthetic-shapes", "trainLimit": 400, "testLimit": 100},
                 "signal": {"type": "%s"}, "seed": %d, "baselines": ["decision-tree", "gaussian-nb"]}"""
                .formatted(SIGNALS.get(i % SIGNALS.size()), 500 + i);
    }

    private static String report(Duration total, StackSampler samples) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("%d specs published at once, all finished in %.1f s (first publish to last run finished)%n%n"
                .formatted(SPECS, total.toMillis() / 1000.0));
        out.append(samples.memoryTable());
        out.append(("%nLargest queues: specs waiting on Kafka for the encoder (its group's lag on run-specs) %d; "
                        + "runs queued or training in baseline-trainer %d, in convnet-trainer %d (capacity %d each)%n")
                .formatted(samples.encoderLag(), samples.peak(Service.BASELINE, "blindspots_trainer_runs_pending"),
                samples.peak(Service.CONVNET, "blindspots_trainer_runs_pending"), TRAINER_QUEUE_CAPACITY));
        return out.toString();
    }

}
