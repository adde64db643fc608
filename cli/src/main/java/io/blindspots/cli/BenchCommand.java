package io.blindspots.cli;

import io.blindspots.cli.stack.JvmOptions;
import io.blindspots.cli.stack.ManagedProcess;
import io.blindspots.cli.stack.Service;
import io.blindspots.events.Catalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./blindspots bench}: ConvNet training and inference images/s and peak RSS of the trainer's setup (DL4J with
 * the oneDNN helpers on) against two named references on the same architecture, batch and data: DL4J 1.0.0-M2.1 as
 * shipped (helpers off) and PyTorch on the CPU (Debian's {@code python3-torch}, {@code bench/torch_convnets.py}),
 * PyTorch with 1 and with 2 threads, each side's best setting compared. Every measurement is a fresh process; the
 * variants alternate, run after run; medians and ratios are printed.
 */
@Command(name = "bench", description = "ConvNet train/inference images/s: ours (DL4J + oneDNN) vs DL4J as shipped "
        + "and vs PyTorch (CPU), same nets, fresh processes, medians and ratios.")
final class BenchCommand implements Callable<Integer> {

    private static final Pattern RESULT = Pattern.compile("RESULT train=([0-9.]+) infer=([0-9.]+)(?: rss=([0-9.]+))?");
    private static final Pattern PARAMETERS = Pattern.compile("([0-9,]+) parameters");
    private static final String PYTHON = "/usr/bin/python3";

    /** The nets {@code --arch all} measures: the image ConvNets and the small char-CNN (the large one on request). */
    static final List<String> ALL = List.of(Catalog.KDD4, Catalog.RESNET56, Catalog.CHAR_CNN_SMALL);

    @Option(names = "--arch", defaultValue = "all", description = "kdd4, resnet56, char-cnn-small, char-cnn-large or"
            + " all: kdd4, resnet56 and char-cnn-small (${DEFAULT-VALUE})")
    String arch;

    @Option(names = "--runs", defaultValue = "3", description = "processes per variant (${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--no-pytorch", description = "skip the PyTorch reference")
    boolean noPytorch;

    /** One side of the comparison: how to start its process. */
    private record Variant(String label, boolean pytorch, boolean helpers, int threads) {
    }

    /** A variant's measurements: train and inference images/s and peak RSS (MB) per run. */
    private record Samples(double[] train, double[] infer, double[] rss) {

        Samples(int runs) {
            this(new double[runs], new double[runs], new double[runs]);
        }
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("blindspots.home", ".")).toAbsolutePath().normalize();
        List<String> archs = arch.equals("all") ? ALL : List.of(arch);
        List<Variant> variants = new ArrayList<>(List.of(
                new Variant("DL4J as shipped (helpers off)", false, false, 0),
                new Variant("blindspots: DL4J + oneDNN helpers", false, true, 0)));
        if (!noPytorch) {
            variants.add(new Variant("PyTorch CPU, 1 thread", true, false, 1));
            variants.add(new Variant("PyTorch CPU, 2 threads", true, false, 2));
        }
        List<String> summary = new ArrayList<>();
        for (String net : archs) {
            summary.add(bench(home, net, variants));
        }
        System.out.println();
        summary.forEach(System.out::println);
        return 0;
    }

    private String bench(Path home, String net, List<Variant> variants) throws IOException, InterruptedException {
        System.out.printf("%s, %s, batch 64, fp32: %d %s per variant, alternating%n", net,
                Catalog.IMAGE_ARCHS.contains(net) ? "3x32x32" : "70 symbols x 1014 positions", runs,
                runs == 1 ? "process" : "processes");
        Map<Variant, Samples> results = new LinkedHashMap<>();
        variants.forEach(v -> results.put(v, new Samples(runs)));
        for (int run = 0; run < runs; run++) {
            for (Variant variant : variants) {
                measure(home, net, variant, results.get(variant), run);
            }
        }
        String unit = samples(net);
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%s (medians of %d)%n%-36s %14s %14s %10s%n",
                net, runs, "variant", "train " + unit + "/s", "infer " + unit + "/s", "peak RSS"));
        results.forEach((v, s) -> out.append(String.format(Locale.ROOT, "%-36s %14.1f %14.1f %7.0f MB%n", v.label(),
                median(s.train()), median(s.infer()), median(s.rss()))));
        Samples ours = results.get(variants.get(1));
        Samples shipped = results.get(variants.get(0));
        out.append(ratio("ours / DL4J as shipped", ours, shipped, shipped));
        if (variants.size() > 3) {
            // each side at its best thread setting: PyTorch's faster setting, per measure
            Samples one = results.get(variants.get(2));
            Samples two = results.get(variants.get(3));
            out.append(ratio("ours / PyTorch (best threads)", ours,
                    median(one.train()) >= median(two.train()) ? one : two,
                    median(one.infer()) >= median(two.infer()) ? one : two));
        }
        return out.toString();
    }

    private static String ratio(String label, Samples ours, Samples trainReference, Samples inferReference) {
        return String.format(Locale.ROOT, "%-36s %13.2fx %13.2fx%n", label,
                median(ours.train()) / median(trainReference.train()),
                median(ours.infer()) / median(inferReference.infer()));
    }

    private void measure(Path home, String net, Variant variant, Samples into, int run)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (variant.pytorch()) {
            command.addAll(List.of(PYTHON, home.resolve("bench/torch_convnets.py").toString(), net,
                    Integer.toString(variant.threads())));
        } else {
            // The trainer jar's documented bench command; only the helpers flag differs between the two DL4J variants.
            command.add(ManagedProcess.java());
            command.addAll(JvmOptions.load(home).common());
            command.addAll(List.of("-Dorg.eclipse.deeplearning4j.helpers.disable=" + !variant.helpers(),
                    "-Dorg.bytedeco.javacpp.cachedir=" + home.resolve(".blindspots/javacpp"),
                    "-jar", home.resolve(Service.CONVNET.jar()).toString(), "bench", net));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Matcher result = RESULT.matcher(output);
        if (process.waitFor() != 0 || !result.find()) {
            throw new IllegalStateException(variant.label() + ": the benchmark process failed:\n" + output);
        }
        into.train()[run] = Double.parseDouble(result.group(1));
        into.infer()[run] = Double.parseDouble(result.group(2));
        into.rss()[run] = result.group(3) == null ? Double.NaN : Double.parseDouble(result.group(3));
        Matcher parameters = PARAMETERS.matcher(output);
        System.out.printf(Locale.ROOT, "  run %d %-36s train %7.1f  infer %7.1f %s/s  RSS %5.0f MB%s%n", run + 1,
                variant.label(), into.train()[run], into.infer()[run], samples(net), into.rss()[run],
                parameters.find() ? "  (" + parameters.group(1) + " parameters)" : "");
    }

    /** What the net's samples are, as its figures name them: images for the image ConvNets, texts for the char-CNNs. */
    private static String samples(String net) {
        return Catalog.IMAGE_ARCHS.contains(net) ? "images" : "texts";
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
