package io.blindspots.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.blindspots.events.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The Grafana dashboards in {@code deploy/grafana/dashboards}, and every PromQL query their panels run. */
final class Dashboards {

    private Dashboards() {
    }

    static Path home() {
        return Path.of(System.getProperty("blindspots.home", "..")).toAbsolutePath().normalize();
    }

    static List<Path> files() {
        try (Stream<Path> files = Files.list(home().resolve("deploy/grafana/dashboards"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(Path file) {
        try {
            return Json.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + file, e);
        }
    }

    /**
     * @param dashboard the dashboard's title
     * @param panel     the panel's title
     * @param expr      the PromQL as the dashboard holds it
     */
    record Query(String dashboard, String panel, String expr) {

        /** The query as Grafana sends it with every template variable at "All" (regex {@code .*}). */
        String resolved() {
            return expr.replaceAll("\\$\\{?[A-Za-z_]+}?", ".*");
        }
    }

    static List<Query> queries() {
        List<Query> queries = new ArrayList<>();
        for (Path file : files()) {
            JsonNode dashboard = read(file);
            for (JsonNode panel : dashboard.path("panels")) {
                for (JsonNode target : panel.path("targets")) {
                    queries.add(new Query(dashboard.path("title").asText(), panel.path("title").asText(),
                            target.path("expr").asText()));
                }
            }
        }
        return queries;
    }
}
