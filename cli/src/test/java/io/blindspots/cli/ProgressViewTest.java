package io.blindspots.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.blindspots.events.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressViewTest {

    private static JsonNode runs(String status, int epoch) throws IOException {
        return Json.MAPPER.readTree("""
                [{"runId": "run-1", "dataset": "synthetic-shapes", "signal": "one-pixel", "status": "%s",
                  "models": {"kdd4": {"status": "TRAINING", "epoch": %d, "totalEpochs": 3,
                                      "metrics": {"signal/accuracy": 0.5, "conflict/signal-reliance": 0.1}}}}]
                """.formatted(status, epoch));
    }

    @Test
    void printsOnlyLinesThatChanged() throws IOException {
        ProgressView view = new ProgressView();

        assertThat(view.changes(runs("TRAINING", 1))).hasSize(2);
        assertThat(view.changes(runs("TRAINING", 1))).isEmpty();
        assertThat(view.changes(runs("TRAINING", 2))).singleElement().asString()
                .contains("kdd4").contains("epoch 2/3").contains("signal 0.500").contains("reliance 0.10");
    }

    @Test
    void suiteHasEndedOnlyWhenEveryExpectedRunHasEnded() throws IOException {
        assertThat(ProgressView.allEnded(runs("FINISHED", 3), 1)).isTrue();
        assertThat(ProgressView.allEnded(runs("FINISHED", 3), 2)).isFalse();
        assertThat(ProgressView.allEnded(runs("TRAINING", 3), 1)).isFalse();
    }
}
