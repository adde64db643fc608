package io.blindspots.events;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventJsonTest {

    @Test
    void metricEventRoundTripsWithSplitAsItsWireName() {
        MetricEvent event = new MetricEvent("run-1", "kdd4", 2, 5, Split.CONFLICT, MetricNames.SIGNAL_RELIANCE,
                0.125, 42L);

        String json = Json.write(event);

        assertThat(json).contains("\"split\":\"conflict\"");
        assertThat(Json.read(json, MetricEvent.class)).isEqualTo(event);
        assertThat(event.key()).isEqualTo("run-1/kdd4/2/conflict/signal-reliance");
    }

    @Test
    void runEventRoundTripsAndIgnoresFieldsFromNewerProducers() {
        RunEvent event = new RunEvent("run-1", RunEvent.Type.ENCODED, "encoder-service", null, 7L, null, null,
                Map.of("train", 100L));

        String json = Json.write(event).replaceFirst("\\{", "{\"addedLater\":true,");

        assertThat(Json.read(json, RunEvent.class)).isEqualTo(event);
    }

    @Test
    void metricEventRefusesImpossibleProgress() {
        assertThatThrownBy(() -> new MetricEvent("r", "m", 3, 2, null, "accuracy", 1, 0))
                .hasMessageContaining("epoch 3 of 2");
    }
}
