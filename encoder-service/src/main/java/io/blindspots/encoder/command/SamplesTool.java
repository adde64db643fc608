package io.blindspots.encoder.command;

import io.blindspots.encoder.domain.SampleGrid;
import io.blindspots.encoder.domain.dataset.Dataset;
import io.blindspots.encoder.domain.dataset.Datasets;
import io.blindspots.encoder.domain.signal.Signals;
import io.blindspots.events.DatasetSpec;
import io.blindspots.events.InvalidSpecException;
import io.blindspots.events.RunSpec;
import io.blindspots.events.RunSpecs;
import io.blindspots.events.signal.SignalSpec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code samples}: the picture the encoder publishes for a run (clean, injected, amplified difference per class),
 * written to a PNG file, without Kafka. The documented command line of the encoder jar:
 *
 * <pre>
 * java -jar encoder-service/target/quarkus-app/quarkus-run.jar samples --signal noise --out noise.png
 *      [--dataset synthetic-shapes] [--scale S] [--seed 1] [--per-class 3]
 *      [--cifar10-dir /usr/share/datasets/cifar10] [--fashion-mnist-dir /usr/share/datasets/fashion-mnist]
 * </pre>
 *
 * Exit status 0 when the file is written, 2 for bad arguments or a bad spec (the message names the field and the
 * allowed values), 1 when the dataset or the file cannot be read or written.
 */
final class SamplesTool {

    static final String NAME = "samples";
    private static final Set<String> OPTIONS = Set.of("--dataset", "--signal", "--scale", "--seed", "--per-class",
            "--out", "--cifar10-dir", "--fashion-mnist-dir");

    private SamplesTool() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!OPTIONS.contains(args[i]) || i + 1 >= args.length) {
                err.println("samples: unknown option or missing value: " + args[i] + "; options: " + OPTIONS);
                return 2;
            }
            options.put(args[i], args[i + 1]);
        }
        if (!options.containsKey("--signal") || !options.containsKey("--out")) {
            err.println("samples: --signal and --out are required");
            return 2;
        }
        try {
            SignalSpec signal = SignalSpec.of(options.get("--signal"));
            if (options.containsKey("--scale")) {
                if (!(signal instanceof SignalSpec.Scaled scaled)) {
                    throw new InvalidSpecException("signal.scale", "--scale: signal '" + signal.type()
                            + "' has no scale; allowed: --scale only for a signal that has one");
                }
                signal = scaled.withScale(Double.parseDouble(options.get("--scale")));
            }
            long seed = Long.parseLong(options.getOrDefault("--seed", "1"));
            int perClass = Integer.parseInt(options.getOrDefault("--per-class", "3"));
            RunSpec spec = RunSpecs.complete(new RunSpec(null, null,
                    new DatasetSpec(options.getOrDefault("--dataset", "synthetic-shapes"), 100, 500), signal, seed,
                    null, List.of("decision-tree"), null));
            Dataset data = new Datasets(Path.of(options.getOrDefault("--cifar10-dir", "/usr/share/datasets/cifar10")),
                    Path.of(options.getOrDefault("--fashion-mnist-dir", "/usr/share/datasets/fashion-mnist")))
                    .load(spec.dataset(), spec.seed());
            byte[] png = SampleGrid.png(data, Signals.create(spec.signal(), data), seed,
                    perClass);
            Path file = Path.of(options.get("--out"));
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, png);
            out.println(file + ": " + data.name() + " / " + spec.signal().type() + " (" + png.length + " bytes)");
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("samples: " + e.getMessage());
            return 2;
        } catch (IOException | RuntimeException e) {
            err.println("samples: " + e.getMessage());
            return 1;
        }
    }
}
