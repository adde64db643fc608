package io.blindspots.cli;

import io.blindspots.cli.stack.LocalStack;
import io.blindspots.cli.stack.ManagedProcess;
import io.blindspots.events.Catalog;
import io.blindspots.events.Json;
import io.blindspots.events.RunSpec;
import io.blindspots.events.views.RunView;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs a suite of specs on a running stack: publishes them, shows progress as results-service sees it, and returns
 * the final table once every run has ended.
 */
public final class Demo {

    private final LocalStack stack;
    private final PrintStream out;
    private final Consumer<Duration> waiter;

    /**
     * @param waiter how to wait between polls: the launcher sleeps, a test may do otherwise
     */
    public Demo(LocalStack stack, PrintStream out, Consumer<Duration> waiter) {
        this.stack = stack;
        this.out = out;
        this.waiter = waiter;
    }

    /** Publishes the specs and follows them to the end; returns the runs' final JSON and the text table. */
    public Outcome run(List<RunSpec> specs, Duration timeout) {
        try (SpecPublisher publisher = new SpecPublisher(stack.bootstrapServers())) {
            for (RunSpec spec : specs) {
                publisher.publish(spec.runId(), Json.write(spec));
                out.printf("submitted %s: %s / %s / seed %d / %s%n", spec.runId(), spec.dataset().name(),
                        spec.signal().type(), spec.seed(), String.join(", ", spec.models()));
            }
        }
        Set<String> ids = specs.stream().map(RunSpec::runId).collect(Collectors.toSet());
        ResultsClient results = new ResultsClient(stack.resultsUrl());
        ProgressView view = new ProgressView();
        Instant deadline = Instant.now().plus(timeout);
        List<RunView> runs;
        while (true) {
            runs = ours(results.runs(), ids);
            view.changes(runs).forEach(line -> out.println("  " + line));
            if (ProgressView.allEnded(runs, ids.size())) {
                break;
            }
            List<ManagedProcess> dead = stack.deadServices();
            if (!dead.isEmpty()) {
                throw new IllegalStateException(dead.getFirst().name() + " died; last lines of "
                        + dead.getFirst().log() + ":\n" + dead.getFirst().tail(30));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the suite did not finish within " + timeout);
            }
            waiter.accept(Duration.ofSeconds(2));
        }
        out.println(ProgressView.earlyStopping(runs, Set.copyOf(Catalog.ARCHS)));
        return new Outcome(runs, results.textTable());
    }

    private static List<RunView> ours(List<RunView> runs, Set<String> ids) {
        return runs.stream().filter(run -> ids.contains(run.runId())).toList();
    }

    /**
     * @param runs  the suite's runs as results-service reports them at the end
     * @param table the paper-style text table
     */
    public record Outcome(List<RunView> runs, String table) {
    }
}
