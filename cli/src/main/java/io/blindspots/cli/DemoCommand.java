package io.blindspots.cli;

import io.blindspots.cli.stack.LocalStack;
import io.blindspots.cli.stack.ManagedProcess;
import io.blindspots.events.Catalog;
import io.blindspots.events.RunSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code ./blindspots demo}: a real Kafka broker and the four services on this machine, the default suite on the
 * built-in synthetic-shapes data (with {@code --text}: the text suite on synthetic-text, and the paper's Table 3),
 * live progress, the final table, and a clean shutdown (also on Ctrl-C).
 */
@Command(name = "demo", description = "Start Kafka and the four services, run the default suite, print the table.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--train-limit", description = "training samples per run ("
            + DefaultSuite.IMAGE_TRAIN + " images; " + DefaultSuite.TEXT_TRAIN + " texts)")
    Integer trainLimit;

    @Option(names = "--test-limit", description = "test samples per split ("
            + DefaultSuite.IMAGE_TEST + " images; " + DefaultSuite.TEXT_TEST + " texts)")
    Integer testLimit;

    @Option(names = "--text", description = "run the text suite instead: synthetic-text x {none, mnemonic, length,"
            + " pattern-char} x char-cnn-small + decision-tree, logistic-regression, random-forest, gaussian-nb")
    boolean text;

    @Option(names = "--epochs", description = "ConvNet epochs (default: the quick preset's)")
    Integer epochs;

    @Option(names = "--seed", defaultValue = "1", description = "seed of every run (${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--signals", split = ",", description = "signals to run (default: all eight image signals; with --text, the four text"
            + " signals)")
    List<String> signals;

    @Option(names = "--arch", defaultValue = "kdd4", description = "ConvNet architecture: kdd4 or resnet56"
            + " (${DEFAULT-VALUE})")
    String arch;

    @Option(names = "--baselines", split = ",", description = "baselines to fit (default: "
            + "decision-tree,gaussian-nb,logistic-regression,qda,perceptron,shallow-max-nn; 'all' for every one)")
    List<String> baselines;

    @Option(names = "--no-readers", description = "leave out the reader runs: baselines-only runs that give"
            + " random-pixel (shallow-max-nn, 3,000 fitted), multiple-locations and mean (qda, 34,000 fitted) the"
            + " reader the suite's 750 fitted images cannot")
    boolean noReaders;

    @Mixin
    StackOptions stackOptions;

    @Option(names = "--timeout-minutes", defaultValue = "90", description = "give up after (${DEFAULT-VALUE})")
    int timeoutMinutes;

    @Option(names = "--keep-running", description = "leave the stack up after the table, until Ctrl-C")
    boolean keepRunning;

    @Override
    public Integer call() throws Exception {
        Path home = StackOptions.home();
        Path state = home.resolve(".blindspots/demo");
        wipe(state);
        Instant start = Instant.now();
        List<String> models = baselines == null ? DefaultSuite.BASELINES
                : baselines.equals(List.of("all")) ? Catalog.BASELINES : baselines;
        List<RunSpec> suite = text ? textSuite() : imageSuite(models);
        RunSpec first = suite.getFirst();
        System.out.printf("Blindspots demo: %d runs (%s x %s x %s + %s%s), logs in %s%n", suite.size(),
                first.dataset().name(), suite.stream().filter(s -> s.convnet() != null).map(s -> s.signal().type())
                        .toList(), first.convnet().arch(), first.baselines(),
                suite.stream().filter(s -> s.convnet() == null).map(s -> "; reader " + s.signal().type() + ": "
                        + s.baselines().getFirst() + " on " + s.dataset().trainLimit()).collect(Collectors.joining()),
                state.resolve("logs"));
        StackOptions.Started started = stackOptions.start(home, state);
        LocalStack stack = started.stack();
        try {
            System.out.printf("stack ready after %.1f s; watch it live at %s/ (REST: %s/runs, %s/table)%n",
                    Duration.between(start, Instant.now()).toMillis() / 1000.0, stack.resultsUrl(), stack.resultsUrl(),
                    stack.resultsUrl());
            Demo.Outcome outcome = new Demo(stack, System.out, ManagedProcess::pause)
                    .run(suite, Duration.ofMinutes(timeoutMinutes));
            System.out.println();
            System.out.println(outcome.table());
            System.out.printf("demo finished in %.1f s%n", Duration.between(start, Instant.now()).toMillis() / 1000.0);
            if (keepRunning) {
                System.out.println("stack still running at " + stack.resultsUrl() + "; Ctrl-C stops it");
                new CountDownLatch(1).await();
            }
        } finally {
            started.stop();
        }
        return 0;
    }

    private List<RunSpec> imageSuite(List<String> models) {
        List<String> imageSignals = signals == null ? Catalog.IMAGE_SIGNALS : signals;
        int tests = testLimit == null ? DefaultSuite.IMAGE_TEST : testLimit;
        List<RunSpec> suite = new ArrayList<>(DefaultSuite.specs(imageSignals, arch, models,
                trainLimit == null ? DefaultSuite.IMAGE_TRAIN : trainLimit, tests, epochs, seed));
        if (!noReaders) {
            suite.addAll(DefaultSuite.readers(imageSignals, tests, seed));
        }
        return suite;
    }

    private List<RunSpec> textSuite() {
        List<String> textSignals = signals == null ? Catalog.TEXT_SIGNALS : signals;
        List<String> models = baselines == null ? DefaultSuite.TEXT_BASELINES
                : baselines.equals(List.of("all")) ? Catalog.BASELINES : baselines;
        return DefaultSuite.specs(Catalog.SYNTHETIC_TEXT, textSignals, Catalog.CHAR_CNN_SMALL, models,
                trainLimit == null ? DefaultSuite.TEXT_TRAIN : trainLimit,
                testLimit == null ? DefaultSuite.TEXT_TEST : testLimit, epochs, seed);
    }

    /** Deletes {@code dir} and everything below it, then creates it empty. */
    static void wipe(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
    }
}
