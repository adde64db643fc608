package io.blindspots.cli;

import io.blindspots.cli.stack.LocalStack;
import io.blindspots.cli.stack.Service;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The local stack's options ({@code --kafka-port}, {@code --results-port}), shared by {@code demo} and {@code up}, and
 * its start: the broker and the four services, stopped by a shutdown hook on Ctrl-C.
 */
final class StackOptions {

    @Option(names = "--kafka-port", defaultValue = "9092", description = "broker port on 127.0.0.1 (${DEFAULT-VALUE})")
    int kafkaPort;

    @Option(names = "--results-port", defaultValue = "8080", description = "results-service port (${DEFAULT-VALUE})")
    int resultsPort;

    /** A started stack and the hook that stops it on Ctrl-C. */
    record Started(LocalStack stack, Thread hook) {

        /** Stops the stack now, unless Ctrl-C's hook is already doing so. */
        void stop() {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is already stopping the stack
            }
            stack.close();
        }
    }

    /** The checkout the launcher runs from ({@code blindspots.home}, set by {@code ./blindspots}). */
    static Path home() {
        return Path.of(System.getProperty("blindspots.home", ".")).toAbsolutePath().normalize();
    }

    /** Starts the broker and the services with their state in {@code state}, printing progress lines. */
    Started start(Path home, Path state) {
        Map<String, Integer> ports = new HashMap<>(Map.of("kafka", kafkaPort, "controller", kafkaPort + 1,
                Service.RESULTS.name(), resultsPort));
        LocalStack stack = LocalStack.start(home, state, ports, line -> System.out.println("- " + line));
        Thread hook = new Thread(() -> {
            System.out.println("stopping the stack...");
            stack.close();
        });
        Runtime.getRuntime().addShutdownHook(hook);
        return new Started(stack, hook);
    }
}
