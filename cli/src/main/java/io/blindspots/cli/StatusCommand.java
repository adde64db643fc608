package io.blindspots.cli;

import io.blindspots.events.views.RunView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code ./blindspots status}: every run with its models' progress, then the table, from results-service. */
@Command(name = "status", description = "Show runs and the result table of a running stack.")
final class StatusCommand implements Callable<Integer> {

    @Option(names = "--results-url", defaultValue = "${env:BLINDSPOTS_RESULTS_URL:-http://127.0.0.1:8080}",
            description = "results-service base URL (default: ${DEFAULT-VALUE})")
    String resultsUrl;

    @Override
    public Integer call() {
        ResultsClient results = new ResultsClient(resultsUrl);
        List<RunView> runs = results.runs();
        new ProgressView().changes(runs).forEach(System.out::println);
        System.out.println();
        System.out.println(results.textTable());
        return 0;
    }
}
