package io.blindspots.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.blindspots.events.Json;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A real Prometheus (Debian's {@code prometheus}) scraping the stack with the repository's local scrape config. */
final class PrometheusProcess implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/prometheus");

    private final Process process;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    private PrometheusProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * @param ports the services' actual ports, replacing the demo's defaults (8080-8083) in
     *              {@code deploy/prometheus/prometheus-local.yml}; the scrape interval is shortened to 1 s
     */
    static PrometheusProcess start(Path dir, int port, Map<Integer, Integer> ports) throws IOException {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException(BINARY + " is missing: install Debian's prometheus package"
                    + " (./blindspots test installs it)");
        }
        String config = Files.readString(Dashboards.home().resolve("deploy/prometheus/prometheus-local.yml"))
                .replace("scrape_interval: 5s", "scrape_interval: 1s");
        for (Map.Entry<Integer, Integer> entry : ports.entrySet()) {
            config = config.replace("127.0.0.1:" + entry.getKey() + "\"", "127.0.0.1:" + entry.getValue() + "\"");
        }
        Files.createDirectories(dir);
        Path file = dir.resolve("prometheus.yml");
        Files.writeString(file, config);
        Process process = new ProcessBuilder(List.of(BINARY.toString(), "--config.file=" + file,
                "--storage.tsdb.path=" + dir.resolve("data"), "--web.listen-address=127.0.0.1:" + port))
                .redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile()).start();
        return new PrometheusProcess(process, port);
    }

    /** The query's result vector (empty when Prometheus has no data for it yet, or is not up yet). */
    JsonNode query(String promql) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = Json.MAPPER.readTree(response.body());
            if (!"success".equals(body.path("status").asText())) {
                throw new IllegalArgumentException("Prometheus refused " + promql + ": " + response.body());
            }
            return body.path("data").path("result");
        } catch (IOException e) {
            return Json.MAPPER.createArrayNode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
