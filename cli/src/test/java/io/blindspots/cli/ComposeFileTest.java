package io.blindspots.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.blindspots.events.Topics;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docker-compose.yml} checked as {@code docker compose config} would: against the Compose Specification's own
 * JSON Schema (compose-spec/compose-spec {@code schema/compose-spec.json}, unknown keys refused), with YAML anchors and
 * merge keys resolved first; then against the services it runs: build contexts and Dockerfiles exist, every service
 * reaches the broker's advertised listener, the init job creates exactly the topics, the files it mounts exist.
 */
class ComposeFileTest {

    private static final Path HOME = Dashboards.home();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SERVICES =
            List.of("encoder-service", "convnet-trainer", "baseline-trainer", "results-service");

    private static JsonNode compose() throws IOException {
        // SnakeYAML resolves anchors and `<<` merge keys, as Compose does
        Object loaded = new Yaml().load(Files.readString(HOME.resolve("docker-compose.yml")));
        return JSON.valueToTree(loaded);
    }

    private static JsonSchema schema() throws IOException {
        try (InputStream in = ComposeFileTest.class.getResourceAsStream("/schemas/compose-spec.json")) {
            ObjectNode schema = (ObjectNode) JSON.readTree(in);
            // the file's own "$id" is relative ("compose_spec.json"), which the validator refuses as a root id
            schema.put("$id", "https://github.com/compose-spec/compose-spec/raw/main/schema/compose-spec.json");
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema);
        }
    }

    @Test
    void theComposeFileFitsTheComposeSpecification() throws IOException {
        Set<ValidationMessage> errors = schema().validate(compose());
        assertThat(errors).isEmpty();
    }

    @Test
    void theSchemaCheckRefusesAnUnknownKeyAndAWrongType() throws IOException {
        JsonNode bad = JSON.readTree("""
                {"services": {"x": {"image": "y", "restrat": "always", "ports": {"a": 1}}}}""");
        assertThat(schema().validate(bad)).extracting(ValidationMessage::getMessage)
                .anyMatch(m -> m.contains("restrat")).anyMatch(m -> m.contains("ports"));
    }

    @Test
    void everyServiceBuildsFromItsModuleAndReachesTheAdvertisedListener() throws IOException {
        JsonNode compose = compose();
        JsonNode services = compose.path("services");
        String advertised = services.at("/kafka/environment/KAFKA_ADVERTISED_LISTENERS").asText();
        for (String service : SERVICES) {
            JsonNode definition = services.path(service);
            Path context = HOME.resolve(definition.at("/build/context").asText());
            assertThat(context.resolve(definition.at("/build/dockerfile").asText())).as(service).exists();
            assertThat(context).isEqualTo(HOME.resolve(service));
            String bootstrap = definition.at("/environment/KAFKA_BOOTSTRAP_SERVERS").asText();
            assertThat(advertised).as(service).contains("PLAINTEXT://" + bootstrap);
            assertThat(definition.at("/depends_on/kafka-init/condition").asText())
                    .isEqualTo("service_completed_successfully");
            assertThat(definition.path("ports").get(0).asText()).as(service + " publishes the container's 8080")
                    .endsWith(":8080");
        }
        String init = services.at("/kafka-init/command/0").asText();
        String topics = init.substring(init.indexOf(" in ") + 4, init.indexOf(';'));
        assertThat(List.of(topics.trim().split("\\s+"))).containsExactlyInAnyOrderElementsOf(Topics.ALL);
        List<String> mounted = new ArrayList<>();
        services.forEach(s -> s.path("volumes").forEach(v -> {
            if (v.asText().startsWith("./")) {
                mounted.add(v.asText().substring(2, v.asText().indexOf(':')));
            }
        }));
        assertThat(mounted).isNotEmpty().allSatisfy(p -> assertThat(HOME.resolve(p)).exists());
    }
}
