package io.blindspots.events;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

class RunIdsTest {

    @Test
    void schemaStatesTheSameRunIdRule() throws IOException {
        try (InputStream in = RunIdsTest.class.getResourceAsStream(RunSpecs.SCHEMA_RESOURCE)) {
            JsonNode schema = Json.MAPPER.readTree(in);

            assertThat(schema.at("/properties/runId/pattern").asText()).isEqualTo("^" + RunIds.PATTERN + "$");
        }
    }

    @Test
    void runIdMayNameAFileButNothingElse() {
        assertThat(RunIds.isValid("run-0123456789abcdef")).isTrue();
        assertThat(RunIds.isValid("sweep.1_a")).isTrue();
        assertThat(RunIds.isValid(null)).isFalse();
        assertThat(RunIds.isValid("../etc")).isFalse();
        assertThat(RunIds.isValid("-leading-hyphen")).isFalse();
        assertThat(RunIds.isValid("a".repeat(129))).isFalse();
    }
}
