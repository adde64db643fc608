package io.blindspots.cli;

import io.blindspots.cli.stack.LocalStack;
import io.blindspots.cli.stack.ManagedProcess;
import io.blindspots.events.Catalog;
import io.blindspots.events.RunSpec;
import io.blindspots.events.ScaleGrid;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code ./blindspots map}: the blindspot map on the built-in data. A real broker and the four services, the
 * {@link MapSuite} (signals x strengths x seeds x ConvNet variants), live progress, then the threshold table, printed
 * and written with the plot to {@code .blindspots/map/} (text, Markdown, CSV, JSON, PNG).
 */
@Command(name = "map", description = "Start Kafka and the four services, sweep each signal's strength, print the "
        + "blindspot map (the strength from which each model uses each signal) and write its plot.")
final class MapCommand implements Callable<Integer> {

    @Option(names = "--dataset", defaultValue = Catalog.SYNTHETIC_SHAPES, description = "dataset (${DEFAULT-VALUE};"
            + " fashion-mnist when Debian's dataset-fashion-mnist is installed; synthetic-text for the text signals,"
            + " their strength the fraction of training texts that carry them)")
    String dataset;

    @Option(names = "--signals", split = ",", description = "signals to sweep (default: one-pixel, pattern-pixels,"
            + " random-pixel, noise, mean; on texts mnemonic, length, pattern-char)")
    List<String> signals;

    @Option(names = "--from", defaultValue = "0.001", description = "weakest strength (${DEFAULT-VALUE})")
    double from;

    @Option(names = "--to", defaultValue = "1", description = "strongest strength (${DEFAULT-VALUE}; random-pixel"
            + " stops at 0.1, as K x scale must stay within 1)")
    double to;

    @Option(names = "--steps", defaultValue = "4", description = "strengths on the log grid (${DEFAULT-VALUE})")
    int steps;

    @Option(names = "--seeds", split = ",", defaultValue = "1", description = "seeds (${DEFAULT-VALUE})")
    List<Long> seeds;

    @Option(names = "--arch", description = "ConvNet (default: kdd4; char-cnn-small on texts)")
    String arch;

    @Option(names = "--variants", split = ",", defaultValue = "none", description = "ConvNet remedies beside the"
            + " plain one: coordconv, global-branch, no-pooling, all-conv (${DEFAULT-VALUE}; each adds the plain"
            + " ConvNet's runs again, no-pooling with ten times the work per image, all-conv with two thirds)")
    List<String> variants;

    @Option(names = "--baselines", split = ",", description = "baselines (default: decision-tree,"
            + "logistic-regression,gaussian-nb; on texts the demo's text baselines)")
    List<String> baselines;

    @Option(names = "--train-limit", description = "training samples per run (default: the demo's, "
            + MapSuite.TRAIN + " images or " + DefaultSuite.TEXT_TRAIN + " texts)")
    Integer trainLimit;

    @Option(names = "--test-limit", description = "test samples per split (default: the demo's, " + MapSuite.TEST
            + " images or " + DefaultSuite.TEXT_TEST + " texts)")
    Integer testLimit;

    @Option(names = "--epochs", description = "ConvNet epochs (default: the quick preset's, early stopping)")
    Integer epochs;

    @Mixin
    StackOptions stackOptions;

    @Option(names = "--timeout-minutes", defaultValue = "180", description = "give up after (${DEFAULT-VALUE})")
    int timeoutMinutes;

    @Override
    public Integer call() throws Exception {
        Path home = StackOptions.home();
        Path state = home.resolve(".blindspots/map");
        DemoCommand.wipe(state);
        Instant start = Instant.now();
        List<String> chosenVariants = variants.equals(List.of("none")) ? List.of() : variants;
        List<String> chosenSignals = signals == null ? MapSuite.signals(dataset) : signals;
        String chosenArch = arch == null ? MapSuite.arch(dataset) : arch;
        ScaleGrid grid = new ScaleGrid(from, to, steps);
        List<RunSpec> suite = MapSuite.specs(dataset, chosenSignals, grid, seeds, chosenArch, chosenVariants,
                baselines == null ? MapSuite.baselines(dataset) : baselines,
                trainLimit == null ? MapSuite.train(dataset) : trainLimit,
                testLimit == null ? MapSuite.test(dataset) : testLimit, epochs);
        System.out.printf("Blindspot map: %d runs (%s x %s x strengths %s x seeds %s x %s + %s), logs in %s%n",
                suite.size(), dataset, chosenSignals, grid.values(), seeds, chosenArch, chosenVariants,
                state.resolve("logs"));
        StackOptions.Started started = stackOptions.start(home, state);
        LocalStack stack = started.stack();
        try {
            System.out.printf("stack ready; watch it live at %s/ (REST: %s/map, %s/map/plot.png)%n",
                    stack.resultsUrl(), stack.resultsUrl(), stack.resultsUrl());
            new Demo(stack, System.out, ManagedProcess::pause).run(suite, Duration.ofMinutes(timeoutMinutes));
            ResultsClient results = new ResultsClient(stack.resultsUrl());
            String map = results.text("/map?format=text");
            Files.writeString(state.resolve("map.txt"), map);
            Files.writeString(state.resolve("map.md"), results.text("/map?format=markdown"));
            Files.writeString(state.resolve("map.csv"), results.text("/map?format=csv"));
            Files.writeString(state.resolve("map.json"), results.text("/map?format=json"));
            Files.write(state.resolve("map.png"), results.bytes("/map/plot.png"));
            System.out.println();
            System.out.println(map);
            System.out.printf("map written to %s (map.png, map.md, map.csv, map.json); finished in %.1f min%n", state,
                    Duration.between(start, Instant.now()).toSeconds() / 60.0);
        } finally {
            started.stop();
        }
        return 0;
    }
}
