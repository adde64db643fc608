package io.blindspots.cli;

import io.blindspots.cli.stack.JvmOptions;
import io.blindspots.cli.stack.ManagedProcess;
import io.blindspots.cli.stack.Service;
import io.blindspots.events.InvalidSpecException;
import io.blindspots.events.signal.SignalSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code ./blindspots samples}: the same picture the encoder publishes for a run (clean, injected, amplified difference
 * per class), written to a PNG file without Kafka, by the encoder jar's own {@code samples} command.
 */
@Command(name = "samples", description = "Write a run's sample picture (clean / injected / difference) to a PNG.")
final class SamplesCommand implements Callable<Integer> {

    @Option(names = "--dataset", defaultValue = "synthetic-shapes", description = "dataset (${DEFAULT-VALUE})")
    String dataset;

    @Option(names = "--signal", required = true, description = "signal type, e.g. one-pixel, noise")
    String signal;

    @Option(names = "--scale", description = "signal scale (default: the signal's)")
    Double scale;

    @Option(names = "--seed", defaultValue = "1", description = "seed (${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--per-class", defaultValue = "3", description = "samples per class (${DEFAULT-VALUE})")
    int perClass;

    @Option(names = "--out", required = true, description = "PNG file to write")
    Path out;

    @Option(names = "--cifar10-dir", defaultValue = "/usr/share/datasets/cifar10")
    Path cifar10Dir;

    @Option(names = "--fashion-mnist-dir", defaultValue = "/usr/share/datasets/fashion-mnist")
    Path fashionMnistDir;

    @Override
    public Integer call() throws IOException, InterruptedException {
        // Checked here first, so a bad signal fails at once with the allowed values.
        if (scale != null && !(SignalSpec.of(signal) instanceof SignalSpec.Scaled)) {
            throw new InvalidSpecException("signal.scale", "--scale: signal '" + signal
                    + "' has no scale; allowed: --scale only for a signal that has one");
        }
        SignalSpec.of(signal);
        Path home = Path.of(System.getProperty("blindspots.home", ".")).toAbsolutePath().normalize();
        Path jar = home.resolve(Service.ENCODER.jar());
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./mvnw -DskipTests package)");
        }
        // The encoder jar's documented samples command: the picture is the encoder's, drawn by its own code.
        List<String> command = new ArrayList<>(List.of(ManagedProcess.java()));
        command.addAll(JvmOptions.load(home).common());
        command.addAll(List.of("-jar", jar.toString(), "samples", "--dataset", dataset, "--signal", signal,
                "--seed", Long.toString(seed), "--per-class", Integer.toString(perClass),
                "--out", out.toAbsolutePath().toString(), "--cifar10-dir", cifar10Dir.toString(),
                "--fashion-mnist-dir", fashionMnistDir.toString()));
        if (scale != null) {
            command.addAll(List.of("--scale", scale.toString()));
        }
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}
