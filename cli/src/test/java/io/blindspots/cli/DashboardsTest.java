package io.blindspots.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The Grafana dashboards are valid, provisionable JSON whose every panel queries the provisioned Prometheus. */
class DashboardsTest {

    @Test
    void thereIsAnOverviewAndAnAccuracyBoard() {
        assertThat(Dashboards.files()).extracting(p -> p.getFileName().toString())
                .contains("overview.json", "accuracy.json");
    }

    @Test
    void everyDashboardIsWellFormed() {
        Set<String> uids = new HashSet<>();
        for (Path file : Dashboards.files()) {
            JsonNode dashboard = Dashboards.read(file);
            assertThat(dashboard.path("uid").asText()).as(file + " uid").isNotBlank();
            assertThat(uids.add(dashboard.path("uid").asText())).as("unique uid " + file).isTrue();
            assertThat(dashboard.path("title").asText()).isNotBlank();
            assertThat(dashboard.path("panels")).as(file + " panels").isNotEmpty();
            Set<Integer> ids = new HashSet<>();
            for (JsonNode panel : dashboard.path("panels")) {
                String where = file.getFileName() + " / " + panel.path("title").asText();
                assertThat(ids.add(panel.path("id").asInt())).as("unique id in " + where).isTrue();
                assertThat(panel.path("type").asText()).as(where).isNotBlank();
                assertThat(panel.path("gridPos").path("w").asInt()).as(where).isBetween(1, 24);
                assertThat(panel.path("datasource").path("uid").asText()).as(where).isEqualTo("blindspots-prometheus");
                assertThat(panel.path("targets")).as(where).isNotEmpty();
                panel.path("targets").forEach(t -> assertThat(t.path("expr").asText()).as(where).isNotBlank());
            }
        }
    }

    @Test
    void dashboardsNeverGroupByARunId() {
        assertThat(Dashboards.queries()).allSatisfy(q -> assertThat(q.expr()).doesNotContainPattern("(?i)run_?id"));
    }

    @Test
    void provisioningPointsAtTheDashboardsAndTheDataSourceUid() throws Exception {
        Path grafana = Dashboards.home().resolve("deploy/grafana/provisioning");
        assertThat(Files.readString(grafana.resolve("datasources/prometheus.yml"))).contains("uid: blindspots-prometheus");
        assertThat(Files.readString(grafana.resolve("dashboards/blindspots.yml"))).contains("/var/lib/grafana/dashboards");
    }

    @Test
    void theClusterShowsTheSameDashboardsAsTheLocalStack() throws Exception {
        Path local = Dashboards.home().resolve("deploy/grafana/dashboards");
        Path cluster = Dashboards.home().resolve("deploy/k8s/components/observability/grafana/dashboards");
        try (var files = Files.list(local)) {
            for (Path dashboard : files.toList()) {
                assertThat(cluster.resolve(dashboard.getFileName())).as(dashboard.getFileName().toString())
                        .hasSameTextualContentAs(dashboard);
            }
        }
    }
}
