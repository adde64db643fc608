package io.blindspots.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import io.blindspots.events.Json;
import io.blindspots.events.views.RunView;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** Reads runs and tables from results-service's REST API, as the view records of {@code events.views}. */
public final class ResultsClient {

    private static final TypeReference<List<RunView>> RUN_LIST = new TypeReference<>() {
    };

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    public ResultsClient(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** {@code GET /runs}: the run summaries, newest first. */
    public List<RunView> runs() {
        try {
            return Json.MAPPER.readValue(get("/runs", "application/json"), RUN_LIST);
        } catch (IOException e) {
            throw new UncheckedIOException("results-service sent unreadable JSON", e);
        }
    }

    /** {@code GET /runs/{id}}: one run in full, its learning curves included. */
    public RunView run(String runId) {
        try {
            return Json.MAPPER.readValue(get("/runs/" + runId, "application/json"), RunView.class);
        } catch (IOException e) {
            throw new UncheckedIOException("results-service sent unreadable JSON", e);
        }
    }

    /** {@code GET /table?format=text}: the paper-style table as results-service renders it. */
    public String textTable() {
        return get("/table?format=text", "text/plain");
    }

    /** {@code GET path} as text ("/map?format=text"). */
    public String text(String path) {
        return get(path, "text/plain");
    }

    /** {@code GET path} as bytes ("/map/plot.png"). */
    public byte[] bytes(String path) {
        return send(path, "*/*", HttpResponse.BodyHandlers.ofByteArray());
    }

    private String get(String path, String accept) {
        return send(path, accept, HttpResponse.BodyHandlers.ofString());
    }

    private <T> T send(String path, String accept, HttpResponse.BodyHandler<T> handler) {
        try {
            HttpResponse<T> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Accept", accept).timeout(Duration.ofSeconds(30)).build(), handler);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + baseUrl + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("results-service is not reachable at " + baseUrl
                    + " (is the stack running? ./blindspots demo starts one)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
