package io.blindspots.events;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BaselineOptionsTest {

    private static final String QDA = """
            {"dataset": {"name": "synthetic-shapes"}, "signal": {"type": "one-pixel"},
             "baselines": ["qda", "gaussian-nb"]%s}
            """;

    @Test
    void specWithoutOptionsKeepsItsRunIdAndPlainModelNames() {
        RunSpec plain = RunSpecs.parse(QDA.formatted(""));
        RunSpec empty = RunSpecs.parse(QDA.formatted(", \"baselineOptions\": {\"qda\": {}}"));

        assertThat(empty.runId()).isEqualTo(plain.runId());
        assertThat(plain.models()).containsExactly("qda", "gaussian-nb");
        assertThat(plain.baselineOptions("qda")).isEqualTo(BaselineOptions.NONE);
    }

    @Test
    void optionChangesTheRunIdAndTheModelLabel() {
        RunSpec plain = RunSpecs.parse(QDA.formatted(""));
        RunSpec regularised = RunSpecs.parse(QDA.formatted(
                ", \"baselineOptions\": {\"qda\": {\"regParam\": 0.5, \"standardize\": true}}"));

        assertThat(regularised.runId()).isNotEqualTo(plain.runId());
        assertThat(regularised.baselineOptions("qda").regParam()).isEqualTo(0.5);
        assertThat(regularised.models()).containsExactly("qda[standardize=true,regParam=0.5]", "gaussian-nb");
    }

    @Test
    void rejectsAnOptionTheModelDoesNotTake() {
        assertThatThrownBy(() -> RunSpecs.parse(QDA.formatted(
                ", \"baselineOptions\": {\"gaussian-nb\": {\"regParam\": 0.5}}")))
                .isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("baselineOptions")
                .hasMessageContaining("regParam");
    }

    @Test
    void rejectsOptionsForAModelTheSpecDoesNotFit() {
        assertThatThrownBy(() -> RunSpecs.parse(QDA.formatted(
                ", \"baselineOptions\": {\"lda\": {\"standardize\": true}}")))
                .isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("baselineOptions")
                .hasMessageContaining("lda");
    }

    @Test
    void rejectsARegParamOutsideTheUnitInterval() {
        assertThatThrownBy(() -> RunSpecs.parse(QDA.formatted(
                ", \"baselineOptions\": {\"qda\": {\"regParam\": 1.5}}")))
                .isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("regParam");
    }
}
