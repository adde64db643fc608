package io.blindspots.cli;

import io.blindspots.cli.stack.LocalStack;
import io.blindspots.cli.stack.ManagedProcess;
import io.blindspots.cli.stack.Service;
import io.blindspots.events.Topics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples a running stack at a fixed rate until closed: each service's used heap and its trainer queue (from its
 * {@code /q/metrics}), optionally the encoder's backlog of specs on Kafka; keeps the peaks, and reads each process's
 * peak RSS ({@code VmHWM}, the kernel's own high-water mark) when asked.
 */
final class StackSampler implements AutoCloseable {

    private static final String PENDING = "blindspots_trainer_runs_pending";

    private final LocalStack stack;
    private final boolean encoderLagToo;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<Service, Map<String, Long>> peaks = new ConcurrentHashMap<>();
    private final Map<Service, Long> heapMax = new ConcurrentHashMap<>();
    private final Map<Service, Long> rss = new ConcurrentHashMap<>();
    private volatile long encoderLag;
    private volatile int count;

    private StackSampler(LocalStack stack, boolean encoderLagToo) {
        this.stack = stack;
        this.encoderLagToo = encoderLagToo;
    }

    static StackSampler every(Duration period, LocalStack stack, boolean encoderLagToo) {
        StackSampler sampler = new StackSampler(stack, encoderLagToo);
        sampler.timer.scheduleAtFixedRate(sampler::take, 0, period.toMillis(), TimeUnit.MILLISECONDS);
        return sampler;
    }

    private void take() {
        try {
            for (Service service : Service.ALL) {
                rss.merge(service, peakRss(stack.process(service)), Math::max);
                Map<String, Double> metrics = metrics(service);
                Map<String, Long> peak = peaks.computeIfAbsent(service, s -> new ConcurrentHashMap<>());
                peak.merge("heap", Math.round(metrics.getOrDefault("heap", 0.0)), Math::max);
                heapMax.put(service, Math.round(metrics.getOrDefault("heap-max", -1.0)));
                if (metrics.containsKey(PENDING)) {
                    peak.merge(PENDING, Math.round(metrics.get(PENDING)), Math::max);
                }
            }
            if (encoderLagToo) {
                encoderLag = Math.max(encoderLag, DemoStack.uncommitted(stack, "encoder-service", Topics.RUN_SPECS));
            }
            count++;
        } catch (Exception e) {
            // a sample missed (a service busy past the timeout) is a sample less, not a failure
        }
    }

    int count() {
        return count;
    }

    long encoderLag() {
        return encoderLag;
    }

    long peak(Service service, String name) {
        return peaks.getOrDefault(service, Map.of()).getOrDefault(name, 0L);
    }

    /** The highest RSS the kernel saw for the service's process (its VmHWM at the last sample or now). */
    long peakRss(Service service) {
        long now = peakRss(stack.process(service));
        return Math.max(now, rss.getOrDefault(service, -1L));
    }

    /** A Markdown table: per service, its -Xmx, the peak heap used and the peak RSS. */
    String memoryTable() {
        StringBuilder out = new StringBuilder(
                "| process | -Xmx | peak heap used (sampled every 0.5 s) | peak RSS (VmHWM) |\n| --- | --- | --- | --- |\n");
        for (Service service : Service.ALL) {
            out.append("| %s | %s | %s | %s |%n".formatted(service.name(), mib(heapMax.get(service)),
                    mib(peak(service, "heap")), mib(peakRss(service))));
        }
        return out.toString();
    }

    @Override
    public void close() throws InterruptedException {
        timer.shutdownNow();
        timer.awaitTermination(5, TimeUnit.SECONDS);
    }

    private static long peakRss(ManagedProcess process) {
        try {
            return Files.readAllLines(Path.of("/proc/" + process.pid() + "/status")).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024).findFirst().orElse(-1);
        } catch (IOException e) {
            return -1; // the process is gone
        }
    }

    private static String mib(Long bytes) {
        return bytes == null || bytes < 0 ? "n/a" : "%d MiB".formatted(bytes / (1024 * 1024));
    }

    /** Sums of the heap pools' used and max bytes, and the pending-runs gauge, from Prometheus' text format. */
    private Map<String, Double> metrics(Service service) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.url(service) + "/q/metrics"))
                .timeout(Duration.ofSeconds(2)).build();
        Map<String, Double> out = new LinkedHashMap<>();
        for (String line : http.send(request, HttpResponse.BodyHandlers.ofString()).body().split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                out.merge("heap", value, Double::sum);
            } else if (line.startsWith("jvm_memory_max_bytes{") && line.contains("area=\"heap\"") && value > 0) {
                out.merge("heap-max", value, Double::sum);
            } else if (line.startsWith(PENDING)) {
                out.put(PENDING, value);
            }
        }
        return out;
    }
}
