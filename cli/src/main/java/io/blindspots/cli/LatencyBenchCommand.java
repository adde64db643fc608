package io.blindspots.cli;

import io.blindspots.events.Json;
import io.blindspots.events.MetricNames;
import io.blindspots.events.RunSpec;
import io.blindspots.events.RunSpecs;
import io.blindspots.events.views.ModelView;
import io.blindspots.events.views.RunView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code ./blindspots bench-latency}: how long from a spec published on {@code run-specs} to its first metric on the
 * results REST, on the local stack. Each spec is a fresh run of Gaussian NB on 40 images, whose fit takes
 * milliseconds; its reported {@code fit-seconds} is subtracted, so what is left is the system's own path: intake,
 * injection, the stream through Kafka, the trainer's assembly and report, and results-service's fold.
 */
@Command(name = "bench-latency", description = "Spec published -> first metric on the results REST, on the local "
        + "stack, minus the model's fit time; median, min and max over fresh runs.")
final class LatencyBenchCommand implements Callable<Integer> {

    private static final String FIT_SECONDS = MetricNames.FIT_SECONDS;

    @Option(names = "--specs", defaultValue = "10", description = "runs to time (${DEFAULT-VALUE})")
    int specs;

    @Mixin
    StackOptions stackOptions;

    @Override
    public Integer call() throws Exception {
        Path home = StackOptions.home();
        Path state = home.resolve(".blindspots/bench-latency");
        DemoCommand.wipe(state);
        StackOptions.Started started = stackOptions.start(home, state);
        try (SpecPublisher publisher = new SpecPublisher(started.stack().bootstrapServers())) {
            ResultsClient results = new ResultsClient(started.stack().resultsUrl());
            double[] latencies = new double[specs];
            for (int i = -1; i < specs; i++) { // run -1 warms the path up and is not counted
                RunSpec spec = RunSpecs.parse("""
                        {"dataset": {"name": "synthetic-shapes", "trainLimit": 40, "testLimit": 20},
                         "signal": {"type": "one-pixel"}, "seed": %d, "baselines": ["gaussian-nb"]}"""
                        .formatted(1000 + i));
                long start = System.nanoTime();
                publisher.publish(spec.runId(), Json.write(spec));
                ModelView model = firstMetric(results, spec.runId());
                double seconds = (System.nanoTime() - start) / 1e9;
                double fit = model.metrics().getOrDefault(FIT_SECONDS, 0.0);
                if (i >= 0) {
                    latencies[i] = seconds - fit;
                    System.out.printf(Locale.ROOT, "  run %d  %s  first metric after %.3f s, fit %.3f s: %.3f s%n",
                            i + 1, spec.runId(), seconds, fit, latencies[i]);
                }
            }
            Arrays.sort(latencies);
            System.out.printf(Locale.ROOT, "RESULT spec-to-first-metric median=%.3f s min=%.3f s max=%.3f s (%d runs)%n",
                    latencies[specs / 2], latencies[0], latencies[specs - 1], specs);
        } finally {
            started.stop();
        }
        return 0;
    }

    /** Polls {@code GET /runs} every 5 ms until the run has a model with a metric; that model. */
    private static ModelView firstMetric(ResultsClient results, String runId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<ModelView> model = results.runs().stream().filter(r -> r.runId().equals(runId))
                    .map(RunView::models).flatMap(m -> m.values().stream())
                    .filter(m -> m.metrics() != null && !m.metrics().isEmpty()).findFirst();
            if (model.isPresent()) {
                return model.get();
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("run " + runId + " showed no metric within 2 minutes");
    }
}
