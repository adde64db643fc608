package io.blindspots.events.signal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.JsonNode;
import io.blindspots.events.Catalog;
import io.blindspots.events.InvalidSpecException;
import io.blindspots.events.Json;
import io.blindspots.events.RunSpecs;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignalSpecTest {

    @Test
    void everySignalOfTheCatalogIsOneRecordNamedAsJacksonNamesIt() {
        List<Class<?>> records = records(SignalSpec.class).toList();
        Map<String, Class<?>> subtypes = new LinkedHashMap<>();
        for (JsonSubTypes.Type type : SignalSpec.class.getAnnotation(JsonSubTypes.class).value()) {
            subtypes.put(type.name(), type.value());
        }

        assertThat(subtypes.keySet()).containsExactlyElementsOf(Catalog.SIGNALS);
        assertThat(subtypes.values()).containsExactlyInAnyOrderElementsOf(records);
        subtypes.forEach((name, type) -> assertThat(SignalSpec.of(name)).isInstanceOf(type)
                .extracting(SignalSpec::type).isEqualTo(name));
    }

    @Test
    void theSchemaAllowsEachTypeExactlyTheParametersOfItsRecord() throws IOException {
        JsonNode branches;
        try (InputStream in = getClass().getResourceAsStream(RunSpecs.SCHEMA_RESOURCE)) {
            branches = Json.MAPPER.readTree(in).at("/$defs/signal/allOf");
        }
        Map<String, List<String>> allowed = new LinkedHashMap<>();
        branches.forEach(b -> allowed.put(b.at("/if/properties/type/const").asText(),
                texts(b.at("/then/propertyNames/enum"))));

        assertThat(allowed.keySet()).containsExactlyElementsOf(Catalog.SIGNALS);
        for (String type : Catalog.SIGNALS) {
            List<String> fields = new ArrayList<>(List.of("type"));
            Arrays.stream(SignalSpec.of(type).getClass().getRecordComponents()).map(RecordComponent::getName)
                    .forEach(fields::add);
            assertThat(allowed.get(type)).as(type).containsExactlyInAnyOrderElementsOf(fields);
        }
    }

    @Test
    void writesTheTypeBesideItsParametersAsBefore() throws IOException {
        assertThat(Json.MAPPER.readTree(Json.write(new OnePixelSpec(0.001, 16, 16))))
                .isEqualTo(Json.MAPPER.readTree("{\"type\": \"one-pixel\", \"scale\": 0.001, \"row\": 16, \"col\": 16}"));
        assertThat(Json.write(SignalSpec.of(Catalog.NOISE))).isEqualTo("{\"type\":\"noise\"}");
        assertThat(Json.write(new NoSignalSpec())).isEqualTo("{\"type\":\"none\"}");
    }

    @Test
    void readsEachTypeIntoItsRecord() {
        assertThat(Json.read("{\"type\": \"one-pixel\", \"scale\": 0.01, \"row\": 5, \"col\": 6}", SignalSpec.class))
                .isEqualTo(new OnePixelSpec(0.01, 5, 6));
        assertThat(Json.read("{\"type\": \"noise\", \"rms\": 0.1}", SignalSpec.class))
                .isEqualTo(new NoiseSpec(0.1, null));
        assertThat(Json.read("{\"type\": \"none\"}", SignalSpec.class)).isEqualTo(new NoSignalSpec());
    }

    @Test
    void eachTypeFillsInItsOwnDefaults() {
        assertThat(SignalSpec.of(Catalog.NONE).withDefaults(7)).isEqualTo(new NoSignalSpec());
        assertThat(SignalSpec.of(Catalog.ONE_PIXEL).withDefaults(7)).isEqualTo(new OnePixelSpec(1e-3, 16, 16));
        assertThat(SignalSpec.of(Catalog.PATTERN_PIXELS).withDefaults(7)).isEqualTo(new PatternPixelsSpec(1e-3, 0));
        assertThat(SignalSpec.of(Catalog.RANDOM_PIXEL).withDefaults(7)).isEqualTo(new RandomPixelSpec(1e-3));
        assertThat(SignalSpec.of(Catalog.MULTIPLE_LOCATIONS).withDefaults(7))
                .isEqualTo(new MultipleLocationsSpec(16.0, 7L));
        assertThat(SignalSpec.of(Catalog.NOISE).withDefaults(7)).isEqualTo(new NoiseSpec(0.025, 7L));
        assertThat(SignalSpec.of(Catalog.MEAN).withDefaults(7)).isEqualTo(new MeanSpec(1e-3));
        assertThat(SignalSpec.of(Catalog.BLANK_ONE_PIXEL).withDefaults(7))
                .isEqualTo(new BlankOnePixelSpec(1e-3, 16, 16));
        assertThat(SignalSpec.of(Catalog.MNEMONIC).withDefaults(7))
                .isEqualTo(new MnemonicSpec(0, "abcdefghijklmnopqrstuvwxyz"));
        assertThat(SignalSpec.of(Catalog.LENGTH).withDefaults(7)).isEqualTo(new LengthSpec(100, 50));
        assertThat(SignalSpec.of(Catalog.PATTERN_CHAR).withDefaults(7))
                .isEqualTo(new PatternCharSpec(List.of(50, 150, 200), 0));
    }

    @Test
    void textSignalsRejectOutOfRangeParametersNamingTheField() {
        assertThatThrownBy(() -> new MnemonicSpec(-1, null)).hasMessageContaining("signal.position");
        assertThatThrownBy(() -> new MnemonicSpec(0, "abca")).hasMessageContaining("signal.characters")
                .hasMessageContaining("distinct");
        assertThatThrownBy(() -> new LengthSpec(0, null)).hasMessageContaining("signal.shortest");
        assertThatThrownBy(() -> new LengthSpec(null, 0)).hasMessageContaining("signal.step");
        assertThatThrownBy(() -> new PatternCharSpec(List.of(5, 5), null)).hasMessageContaining("signal.positions");
        assertThatThrownBy(() -> new PatternCharSpec(null, 256)).hasMessageContaining("signal.code");
        assertThat(Json.read("{\"type\": \"pattern-char\", \"positions\": [1, 2]}", SignalSpec.class))
                .isEqualTo(new PatternCharSpec(List.of(1, 2), null));
        assertThatThrownBy(() -> new LengthSpec(null, null, 0.0)).hasMessageContaining("signal.fraction");
        assertThatThrownBy(() -> new MnemonicSpec(null, null, 1.5)).hasMessageContaining("signal.fraction");
    }

    @Test
    void aTextSignalsStrengthIsTheFractionOfTrainingTextsThatCarryItAndAllIsWrittenAsAbsent() {
        SignalSpec.Prevalent quarter = new PatternCharSpec(null, null).withStrength(0.25);

        assertThat(quarter.strengthParameter()).isEqualTo("fraction");
        assertThat(quarter.strength()).isEqualTo(0.25);
        assertThat(quarter).isEqualTo(new PatternCharSpec(null, null, 0.25));
        assertThat(new MnemonicSpec(0, "ab", 1.0)).isEqualTo(new MnemonicSpec(0, "ab"));
        assertThat(Json.write(new LengthSpec(5, 5, 1.0))).doesNotContain("fraction");
        assertThat(Json.write(new LengthSpec(5, 5, 0.5))).contains("\"fraction\":0.5");
    }

    @Test
    void everyTypeLeavesNoParameterUnsetOnceDefaultsAreFilledIn() throws ReflectiveOperationException {
        for (String type : Catalog.SIGNALS) {
            SignalSpec full = SignalSpec.of(type).withDefaults(7);
            for (RecordComponent component : full.getClass().getRecordComponents()) {
                if (full instanceof SignalSpec.Prevalent prevalent && component.getName().equals("fraction")) {
                    // the one default written as absent (every training text), so older specs keep their run ids
                    assertThat(prevalent.fraction()).as(type + ".fraction").isNull();
                    assertThat(prevalent.strength()).as(type + " strength").isEqualTo(1.0);
                    continue;
                }
                assertThat(component.getAccessor().invoke(full)).as(type + "." + component.getName()).isNotNull();
            }
        }
    }

    @Test
    void defaultsKeepWhatTheSpecGives() {
        assertThat(new OnePixelSpec(0.5, null, 3).withDefaults(1)).isEqualTo(new OnePixelSpec(0.5, 16, 3));
        assertThat(new NoiseSpec(null, 9L).withDefaults(1)).isEqualTo(new NoiseSpec(0.025, 9L));
        assertThat(new MultipleLocationsSpec(4.0, null).withDefaults(2)).isEqualTo(new MultipleLocationsSpec(4.0, 2L));
    }

    @Test
    void withScaleChangesOnlyTheScale() {
        assertThat(new BlankOnePixelSpec(null, 1, 2).withScale(0.1)).isEqualTo(new BlankOnePixelSpec(0.1, 1, 2));
        assertThat(new PatternPixelsSpec(null, 3).withScale(0.1)).isEqualTo(new PatternPixelsSpec(0.1, 3));
    }

    @Test
    void recordsRejectOutOfRangeParametersNamingTheFieldAndAllowedValues() {
        assertThatThrownBy(() -> new RandomPixelSpec(1.5)).isInstanceOf(InvalidSpecException.class)
                .hasMessage("'signal.scale' is '1.5'; allowed: a number in (0, 1]");
        assertThatThrownBy(() -> new OnePixelSpec(null, -1, 0)).hasMessageContaining("signal.row");
        assertThatThrownBy(() -> new BlankOnePixelSpec(null, 0, -1)).hasMessageContaining("signal.col");
        assertThatThrownBy(() -> new PatternPixelsSpec(null, -2)).hasMessageContaining("signal.inset");
        assertThatThrownBy(() -> new NoiseSpec(0.0, null)).hasMessageContaining("signal.rms");
        assertThatThrownBy(() -> new NoiseSpec(null, -1L)).hasMessageContaining("signal.seed");
        assertThatThrownBy(() -> new MultipleLocationsSpec(0.5, null)).hasMessageContaining("signal.minDistance")
                .hasMessageContaining(">= 1");
    }

    @Test
    void rejectsAnUnknownTypeNamingTheCatalog() {
        assertThatThrownBy(() -> SignalSpec.of("two-pixel")).isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("signal.type").hasMessageContaining("one-pixel");
    }

    @Test
    void rejectsForEachTypeAParameterOfAnotherTypeNamingTheAllowedOnes() {
        Map<String, String> foreign = Map.of(Catalog.NONE, "scale", Catalog.ONE_PIXEL, "inset",
                Catalog.PATTERN_PIXELS, "row", Catalog.RANDOM_PIXEL, "col", Catalog.MULTIPLE_LOCATIONS, "scale",
                Catalog.NOISE, "minDistance", Catalog.MEAN, "seed", Catalog.BLANK_ONE_PIXEL, "rms");
        foreign.forEach((type, field) -> assertThatThrownBy(() -> RunSpecs.parse(spec(type, field)))
                .as(type).isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("'" + field + "'").hasMessageContaining("\"type\"")
                .extracting(e -> ((InvalidSpecException) e).field()).isEqualTo("signal." + field));
    }

    @Test
    void acceptsEveryParameterOfItsOwnType() {
        assertThat(RunSpecs.parse(spec(Catalog.BLANK_ONE_PIXEL, "row")).signal())
                .isEqualTo(new BlankOnePixelSpec(1e-3, 1, 16));
        assertThat(RunSpecs.parse(spec(Catalog.MULTIPLE_LOCATIONS, "seed")).signal())
                .isEqualTo(new MultipleLocationsSpec(16.0, 1L));
    }

    private static String spec(String type, String field) {
        return "{\"dataset\": {\"name\": \"synthetic-shapes\"}, \"baselines\": [\"decision-tree\"],"
                + " \"signal\": {\"type\": \"" + type + "\", \"" + field + "\": 1}}";
    }

    private static Stream<Class<?>> records(Class<?> sealed) {
        return Arrays.stream(sealed.getPermittedSubclasses())
                .flatMap(c -> c.isInterface() ? records(c) : Stream.of(c));
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
