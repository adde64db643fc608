package io.blindspots.events;

import io.blindspots.events.signal.MultipleLocationsSpec;
import io.blindspots.events.signal.NoiseSpec;
import io.blindspots.events.signal.OnePixelSpec;
import io.blindspots.events.signal.PatternPixelsSpec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunSpecsTest {

    private static final String ONE_PIXEL = """
            {"dataset": {"name": "synthetic-shapes", "trainLimit": 2000},
             "signal": {"type": "one-pixel"},
             "convnet": {"arch": "kdd4"},
             "baselines": ["decision-tree", "gaussian-nb"]}
            """;

    @Test
    void fillsInTheDesignDefaults() {
        RunSpec spec = RunSpecs.parse(ONE_PIXEL);

        assertThat(spec.signal()).isEqualTo(new OnePixelSpec(1e-3, 16, 16));
        assertThat(spec.seed()).isEqualTo(1L);
        assertThat(spec.baselineFraction()).isEqualTo(0.25);
        assertThat(spec.convnet().preset()).isEqualTo("quick");
        assertThat(spec.models()).containsExactly("kdd4", "decision-tree", "gaussian-nb");
    }

    @Test
    void specWithoutRunIdGetsAStableHashOfItsCanonicalJson() {
        String reordered = """
                {"baselines": ["decision-tree", "gaussian-nb"], "convnet": {"arch": "kdd4", "preset": "quick"},
                 "signal": {"scale": 0.001, "type": "one-pixel"}, "seed": 1,
                 "dataset": {"trainLimit": 2000, "name": "synthetic-shapes"}}
                """;

        String id = RunSpecs.parse(ONE_PIXEL).runId();

        assertThat(id).matches("run-[0-9a-f]{16}");
        assertThat(RunSpecs.parse(reordered).runId()).isEqualTo(id);
        assertThat(RunSpecs.parse(ONE_PIXEL.replace("2000", "2001")).runId()).isNotEqualTo(id);
        assertThat(RunSpecs.parse(ONE_PIXEL.replace("\"one-pixel\"}", "\"one-pixel\"}, \"seed\": 2")).runId())
                .isNotEqualTo(id);
    }

    @Test
    void givenRunIdIsKept() {
        RunSpec spec = RunSpecs.parse(ONE_PIXEL.replace("{\"dataset\"", "{\"runId\": \"my-run\", \"dataset\""));

        assertThat(spec.runId()).isEqualTo("my-run");
    }

    @Test
    void rejectsSpecWithUnknownSignalNamingTheAllowedValues() {
        assertThatThrownBy(() -> RunSpecs.parse(ONE_PIXEL.replace("one-pixel", "two-pixel")))
                .isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("signal.type")
                .hasMessageContaining("one-pixel")
                .hasMessageContaining("none")
                .extracting(e -> ((InvalidSpecException) e).field()).isEqualTo("signal.type");
    }

    @Test
    void rejectsUnknownDatasetArchAndBaseline() {
        assertThatThrownBy(() -> RunSpecs.parse(ONE_PIXEL.replace("synthetic-shapes", "imagenet")))
                .hasMessageContaining("dataset.name").hasMessageContaining("synthetic-shapes");
        assertThatThrownBy(() -> RunSpecs.parse(ONE_PIXEL.replace("kdd4", "vgg")))
                .hasMessageContaining("convnet.arch").hasMessageContaining("kdd4");
        assertThatThrownBy(() -> RunSpecs.parse(ONE_PIXEL.replace("gaussian-nb", "svm")))
                .hasMessageContaining("baselines").hasMessageContaining("decision-tree");
    }

    @Test
    void rejectsMisspelledField() {
        assertThatThrownBy(() -> RunSpecs.parse(ONE_PIXEL.replace("\"baselines\"", "\"baseline\"")))
                .isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("baseline");
    }

    @Test
    void rejectsOutOfRangeNumbers() {
        assertThatThrownBy(() -> RunSpecs.parse(ONE_PIXEL.replace("\"one-pixel\"", "\"one-pixel\", \"scale\": -1")))
                .hasMessageContaining("signal.scale");
        assertThatThrownBy(() -> RunSpecs.parse(ONE_PIXEL.replace("2000", "0")))
                .hasMessageContaining("dataset.trainLimit");
        assertThatThrownBy(() -> RunSpecs.parse(ONE_PIXEL.replace("\"baselines\"",
                "\"baselineFraction\": 1.5, \"baselines\""))).hasMessageContaining("baselineFraction");
    }

    @Test
    void rejectsMissingRequiredParts() {
        assertThatThrownBy(() -> RunSpecs.parse("{\"signal\": {\"type\": \"none\"}, \"baselines\": [\"decision-tree\"]}"))
                .hasMessageContaining("dataset");
        assertThatThrownBy(() -> RunSpecs.parse("{\"dataset\": {\"name\": \"synthetic-shapes\"}, \"signal\": {\"type\": \"none\"}}"))
                .hasMessageContaining("must train something");
    }

    @Test
    void rejectsTextThatIsNotAJsonObject() {
        assertThatThrownBy(() -> RunSpecs.parse("{not json")).isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("not JSON");
        assertThatThrownBy(() -> RunSpecs.parse("[1, 2]")).hasMessageContaining("JSON object");
    }

    @Test
    void rejectsADuplicateKeyNamingIt() {
        String twice = ONE_PIXEL.replace("\"trainLimit\": 2000", "\"trainLimit\": 2000, \"trainLimit\": 50");

        assertThatThrownBy(() -> RunSpecs.parse(twice)).isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("dataset.trainLimit").hasMessageContaining("more than once");
    }

    @Test
    void rejectsANumberTooLargeForItsFieldNamingTheField() {
        String huge = ONE_PIXEL.replace("2000", "99999999999");

        assertThatThrownBy(() -> RunSpecs.parse(huge)).isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("dataset.trainLimit").hasMessageContaining("99999999999")
                .hasMessageContaining("2147483647");
        assertThatThrownBy(() -> RunSpecs.parse(ONE_PIXEL.replace("{\"type\": \"one-pixel\"}",
                "{\"type\": \"one-pixel\", \"scale\": 1e999}")))
                .isInstanceOf(InvalidSpecException.class).hasMessageContaining("signal.scale");
    }

    @Test
    void rejectsASweepOfMoreThanAThousandRunsSayingHowMany() {
        String seeds = java.util.stream.LongStream.range(0, 10_000).mapToObj(Long::toString)
                .collect(java.util.stream.Collectors.joining(","));
        String flood = ONE_PIXEL.replace("\"signal\": {\"type\": \"one-pixel\"}",
                "\"signals\": [{\"type\": \"one-pixel\"}], \"seeds\": [" + seeds + "]");

        assertThatThrownBy(() -> RunSpecs.parse(flood)).isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("10000 runs").hasMessageContaining("at most 1000");
    }

    @Test
    void specSurvivesAJsonRoundTrip() {
        RunSpec spec = RunSpecs.parse(ONE_PIXEL);

        assertThat(Json.read(Json.write(spec), RunSpec.class)).isEqualTo(spec);
    }

    @Test
    void rejectsAParameterTheSignalTypeDoesNotHaveNamingTheAllowedOnes() {
        // before signals were one record per type, this row was silently dropped
        String noise = ONE_PIXEL.replace("{\"type\": \"one-pixel\"}", "{\"type\": \"noise\", \"row\": 3}");

        assertThatThrownBy(() -> RunSpecs.parse(noise)).isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("row").hasMessageContaining("rms").hasMessageContaining("seed")
                .extracting(e -> ((InvalidSpecException) e).field()).isEqualTo("signal.row");
        assertThat(RunSpecs.parse(noise.replace(", \"row\": 3", "")).signal()).isEqualTo(new NoiseSpec(0.025, 1L));
    }

    @Test
    void patternPixelsAndMultipleLocationsGetTheirDefaults() {
        assertThat(RunSpecs.parse(ONE_PIXEL.replace("one-pixel", "pattern-pixels")).signal())
                .isEqualTo(new PatternPixelsSpec(1e-3, 0));
        assertThat(RunSpecs.parse(ONE_PIXEL.replace("one-pixel", "multiple-locations")).signal())
                .isEqualTo(new MultipleLocationsSpec(16.0, 1L));
    }

    @Test
    void rejectsNoiseRmsOutOfRange() {
        assertThatThrownBy(() -> RunSpecs.parse(ONE_PIXEL.replace("{\"type\": \"one-pixel\"}",
                "{\"type\": \"noise\", \"rms\": 0}"))).hasMessageContaining("signal.rms");
    }

    @Test
    void aRevisionIsANewRunOfTheSameSpecAndTheOriginalKeepsItsId() {
        String body = """
                {"dataset": {"name": "synthetic-shapes"}, "signal": {"type": "one-pixel"},
                 "baselines": ["decision-tree"]%s}""";
        RunSpec original = RunSpecs.parse(body.formatted(""));
        RunSpec again = RunSpecs.parse(body.formatted(", \"revision\": 2"));

        assertThat(again.runId()).isNotEqualTo(original.runId());
        assertThat(again.revision()).isEqualTo(2);
        assertThat(RunSpecs.complete(original.withRevision(2)).runId()).isEqualTo(again.runId());
        assertThat(original.revision()).isNull();
        assertThatThrownBy(() -> RunSpecs.parse(body.formatted(", \"revision\": -1")))
                .isInstanceOf(InvalidSpecException.class).hasMessageContaining("revision");
    }
}
