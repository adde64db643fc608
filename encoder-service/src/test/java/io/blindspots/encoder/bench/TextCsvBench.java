package io.blindspots.encoder.bench;

import io.blindspots.encoder.domain.RunEncoder;
import io.blindspots.encoder.domain.dataset.Dataset;
import io.blindspots.encoder.domain.signal.Signals;
import io.blindspots.encoder.domain.text.SyntheticText;
import io.blindspots.encoder.domain.text.ZhangCsvDataset;
import io.blindspots.events.RunSpec;
import io.blindspots.events.RunSpecs;
import io.blindspots.events.stream.DatasetStreamCodec;
import io.blindspots.events.stream.StreamFooter;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The encoder's half of the 650,000-row benchmark: writes a Zhang-format CSV of that many rows (Yelp Review Full's
 * training size; synthetic reviews, quoted, with {@code ""} and {@code \n} escapes), then encodes a run of it exactly
 * as the service does (load, inject, batch, frame every record) into a sink that drops the bytes, and prints rows per
 * second, the peak heap and the process's peak RSS. Run it with the service's heap ({@code -Xmx1g}):
 *
 * <pre>
 * java -Xmx1g -cp encoder-service/target/test-classes:encoder-service/target/classes:... \
 *     io.blindspots.encoder.bench.TextCsvBench 650000 50000 /tmp/text-bench
 * </pre>
 */
public final class TextCsvBench {

    private TextCsvBench() {
    }

    public static void main(String[] args) throws IOException {
        int trainRows = Integer.parseInt(args[0]);
        int testRows = Integer.parseInt(args[1]);
        Path dir = Path.of(args[2]);
        long start = System.nanoTime();
        SyntheticText.writeZhangCsv(dir.resolve("train.csv"), 7, 1, trainRows);
        SyntheticText.writeZhangCsv(dir.resolve("test.csv"), 7, 2, testRows);
        System.out.printf(Locale.ROOT, "wrote %,d + %,d rows (%,d MB) in %.1f s%n", trainRows, testRows,
                (Files.size(dir.resolve("train.csv")) + Files.size(dir.resolve("test.csv"))) >> 20, seconds(start));
        RunSpec spec = RunSpecs.complete(RunSpecs.parse("{\"dataset\": {\"name\": \"yelp-full\"}, \"signal\":"
                + " {\"type\": \"pattern-char\"}, \"baselines\": [\"decision-tree\"]}"));
        start = System.nanoTime();
        Dataset dataset = ZhangCsvDataset.load("yelp-full", dir, "bench", ZhangCsvDataset.STARS, null, null);
        System.out.printf(Locale.ROOT, "checked and counted in %.1f s%n", seconds(start));
        long[] bytes = {0};
        start = System.nanoTime();
        StreamFooter footer = RunEncoder.encode(spec, dataset, Signals.create(spec.signal(), dataset),
                DatasetStreamCodec.samplesPerBatch(spec.runId(), dataset.shape(), 900_000),
                record -> bytes[0] += DatasetStreamCodec.encode(record).length);
        double encoded = seconds(start);
        long samples = trainRows + 3L * testRows;
        System.out.printf(Locale.ROOT, "RESULT rows=%d batches=%d bytes=%,d encode_s=%.1f samples_per_s=%.0f"
                + " peak_heap_mb=%d peak_rss_mb=%d%n", samples, footer.batchCount(), bytes[0], encoded,
                samples / encoded, peakHeap() >> 20, peakRssKb() >> 10);
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static long peakRssKb() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(-1L);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
