package io.blindspots.cli;

import io.blindspots.cli.stack.JvmOptions;
import io.blindspots.cli.stack.ManagedProcess;
import io.blindspots.cli.stack.Service;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./blindspots bench}: ConvNet throughput of the trainer's setup (oneDNN helpers on) against the named reference,
 * DL4J 1.0.0-M2.1 as shipped (helpers off), each in fresh JVMs, alternating, medians and their ratio.
 */
@Command(name = "bench", description = "ConvNet train/inference images/s: ours (oneDNN on) vs DL4J as shipped.")
final class BenchCommand implements Callable<Integer> {

    private static final Pattern RESULT = Pattern.compile("RESULT train=([0-9.]+) infer=([0-9.]+)");

    @Option(names = "--arch", defaultValue = "kdd4", description = "kdd4 or resnet56 (${DEFAULT-VALUE})")
    String arch;

    @Option(names = "--runs", defaultValue = "3", description = "JVMs per variant (${DEFAULT-VALUE})")
    int runs;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("blindspots.home", ".")).toAbsolutePath().normalize();
        double[][] reference = new double[2][runs];
        double[][] ours = new double[2][runs];
        System.out.printf("%s, 3x32x32, batch 64: %d JVMs per variant, alternating%n", arch, runs);
        for (int i = 0; i < runs; i++) {
            measure(home, false, reference, i);
            measure(home, true, ours, i);
        }
        System.out.println();
        System.out.printf("%-44s %12s %12s%n", "variant", "train img/s", "infer img/s");
        System.out.printf("%-44s %12.1f %12.1f%n", "reference: DL4J as shipped (helpers off)", median(reference[0]),
                median(reference[1]));
        System.out.printf("%-44s %12.1f %12.1f%n", "blindspots: oneDNN helpers on", median(ours[0]), median(ours[1]));
        System.out.printf(Locale.ROOT, "%-44s %11.2fx %11.2fx%n", "ratio (ours / reference)",
                median(ours[0]) / median(reference[0]), median(ours[1]) / median(reference[1]));
        return 0;
    }

    private void measure(Path home, boolean helpers, double[][] into, int run) throws IOException,
            InterruptedException {
        // The trainer jar's documented bench command; only the helpers flag differs between the two variants.
        List<String> command = new ArrayList<>(List.of(ManagedProcess.java()));
        command.addAll(JvmOptions.load(home).common());
        command.addAll(List.of("-Dorg.eclipse.deeplearning4j.helpers.disable=" + !helpers,
                "-Dorg.bytedeco.javacpp.cachedir=" + home.resolve(".blindspots/javacpp"),
                "-jar", home.resolve(Service.CONVNET.jar()).toString(), "bench", arch));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Matcher result = RESULT.matcher(output);
        if (process.waitFor() != 0 || !result.find()) {
            throw new IllegalStateException("the benchmark JVM failed:\n" + output);
        }
        into[0][run] = Double.parseDouble(result.group(1));
        into[1][run] = Double.parseDouble(result.group(2));
        System.out.printf("  run %d %-10s train %7.1f  infer %7.1f images/s%n", run + 1,
                helpers ? "oneDNN" : "reference", into[0][run], into[1][run]);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
