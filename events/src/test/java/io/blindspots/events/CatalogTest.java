package io.blindspots.events;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogTest {

    @Test
    void schemaEnumeratesExactlyTheCatalog() throws IOException {
        JsonNode properties;
        try (InputStream in = getClass().getResourceAsStream(RunSpecs.SCHEMA_RESOURCE)) {
            properties = Json.MAPPER.readTree(in).get("properties");
        }

        assertThat(values(properties.at("/dataset/properties/name/enum"))).isEqualTo(Catalog.DATASETS);
        assertThat(values(Json.MAPPER.readTree(getClass().getResourceAsStream(RunSpecs.SCHEMA_RESOURCE)).at("/$defs/signal/properties/type/enum"))).isEqualTo(Catalog.SIGNALS);
        assertThat(values(properties.at("/convnet/properties/arch/enum"))).isEqualTo(Catalog.ARCHS);
        assertThat(values(properties.at("/convnet/properties/preset/enum"))).isEqualTo(Catalog.PRESETS);
        assertThat(values(properties.at("/convnet/properties/variant/enum"))).isEqualTo(Catalog.VARIANTS);
        assertThat(values(properties.at("/baselines/items/enum"))).isEqualTo(Catalog.BASELINES);
    }

    @Test
    void schemaAllowsEachBaselineExactlyItsOptions() throws IOException {
        JsonNode schema = Json.MAPPER.readTree(getClass().getResourceAsStream(RunSpecs.SCHEMA_RESOURCE));
        JsonNode perModel = schema.at("/properties/baselineOptions/properties");

        List<String> models = new ArrayList<>();
        perModel.fieldNames().forEachRemaining(models::add);
        assertThat(models).containsExactlyInAnyOrderElementsOf(Catalog.BASELINES);
        for (String model : Catalog.BASELINES) {
            String ref = perModel.get(model).get("$ref").asText().substring(1);
            List<String> options = new ArrayList<>();
            schema.at(ref + "/properties").fieldNames().forEachRemaining(options::add);
            assertThat(options).as(model).containsExactlyInAnyOrderElementsOf(BaselineOptions.allowedFor(model));
        }
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
