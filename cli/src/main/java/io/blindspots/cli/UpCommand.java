package io.blindspots.cli;

import io.blindspots.cli.stack.LocalStack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./blindspots up}: the demo's stack (a KRaft broker and the four services on this machine) without a suite,
 * up until Ctrl-C. Its state (broker data, spools, checkpoints, logs) lives in {@code .blindspots/stack/} and is kept
 * between starts, so a stopped stack resumes its runs when started again; {@code --fresh} starts from nothing.
 */
@Command(name = "up", description = "Start Kafka and the four services and keep them up (no suite) until Ctrl-C.")
final class UpCommand implements Callable<Integer> {

    @Mixin
    StackOptions stackOptions;

    @Option(names = "--fresh", description = "delete the stack's state (runs, broker data) before starting")
    boolean fresh;

    @Override
    public Integer call() throws Exception {
        Path home = StackOptions.home();
        Path state = home.resolve(".blindspots/stack");
        if (fresh) {
            DemoCommand.wipe(state);
        }
        Files.createDirectories(state.resolve("logs"));
        Instant start = Instant.now();
        LocalStack stack = stackOptions.start(home, state).stack(); // stopped by the hook on Ctrl-C
        System.out.printf("stack up after %.1f s, state in %s%n", Duration.between(start, Instant.now()).toMillis()
                / 1000.0, state);
        System.out.printf("  live page  %s/%n  REST       %s/runs, %s/table (OpenAPI: %s/q/openapi)%n",
                stack.resultsUrl(), stack.resultsUrl(), stack.resultsUrl(), stack.resultsUrl());
        System.out.printf("  Kafka      127.0.0.1:%d; publish a spec: ./blindspots submit spec.json "
                + "--bootstrap-servers 127.0.0.1:%d%n", stackOptions.kafkaPort, stackOptions.kafkaPort);
        System.out.println("Ctrl-C stops it; ./blindspots up again resumes where it stopped.");
        new CountDownLatch(1).await();
        return 0;
    }
}
