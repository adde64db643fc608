package io.blindspots.convnet.bench;

import io.blindspots.convnet.domain.Architectures;
import io.blindspots.convnet.domain.ConvNet;
import io.blindspots.convnet.domain.ConvNetArchitecture;
import io.blindspots.events.Catalog;
import io.blindspots.events.stream.ImageShape;
import io.blindspots.events.stream.SampleShape;
import io.blindspots.events.stream.SequenceShape;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One measurement of a ConvNet's training and inference throughput on 3×32×32 images, or for a character-level
 * network on one-hot texts of Zhang et al.'s 70 symbols × 1014 positions (batch 64 by default), outside
 * Kafka: a few warm-up steps, then timed steps. It is the trainer jar's {@code bench} command
 * ({@code java -jar convnet-trainer/target/quarkus-app/quarkus-run.jar bench kdd4}); {@code ./blindspots bench} runs
 * it in fresh JVMs, once with DL4J as shipped (oneDNN helpers off, the reference) and once as the trainer runs it
 * (helpers on), and prints the ratio. Prints one line: {@code RESULT train=<images/s> infer=<images/s>}.
 */
public final class ThroughputBench {

    private ThroughputBench() {
    }

    public static void main(String[] args) {
        String arch = args.length > 0 ? args[0] : Catalog.KDD4;
        int batch = Integer.getInteger("batch", 64);
        int steps = Integer.getInteger("steps", Catalog.KDD4.equals(arch) ? 20 : 5);
        int warmup = Integer.getInteger("warmup", 3);
        ConvNetArchitecture architecture = Architectures.of(arch);
        boolean text = architecture.takes().contains(SequenceShape.KIND);
        int side = Integer.getInteger("side", 32);
        SampleShape shape = text ? SequenceShape.ZHANG_2015 : new ImageShape(3, side, side);
        ConvNet net = architecture.build(shape, 10, architecture.preset(Catalog.QUICK), 1);
        System.out.printf(Locale.ROOT, "%s: %,d parameters, batch %d%n", arch, net.parameterCount(), batch);
        Nd4j.getRandom().setSeed(1);
        // random values stand in for one-hot codes: the arithmetic is the same
        INDArray features = text ? Nd4j.rand(DataType.FLOAT, batch, 70, 1, 1014)
                : Nd4j.rand(DataType.FLOAT, batch, 3, side, side);
        INDArray labels = Nd4j.zeros(DataType.FLOAT, batch, 10);
        for (int i = 0; i < batch; i++) {
            labels.putScalar(i, i % 10, 1f);
        }
        for (int i = 0; i < warmup; i++) {
            net.fit(features, labels);
            net.predict(features);
        }
        long start = System.nanoTime();
        for (int i = 0; i < steps; i++) {
            net.fit(features, labels);
        }
        double train = (double) steps * batch / ((System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        for (int i = 0; i < steps; i++) {
            net.predict(features);
        }
        double infer = (double) steps * batch / ((System.nanoTime() - start) / 1e9);
        System.out.println(String.format(Locale.ROOT, "RESULT train=%.1f infer=%.1f rss=%.0f", train, infer,
                peakRssMegabytes()));
    }

    /** The process's peak resident set (VmHWM of /proc/self/status), in MB; NaN where there is none. */
    static double peakRssMegabytes() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .mapToDouble(line -> Double.parseDouble(line.replaceAll("[^0-9]", "")) / 1024)
                    .findFirst().orElse(Double.NaN);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
