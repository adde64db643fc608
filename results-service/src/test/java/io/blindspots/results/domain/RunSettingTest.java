package io.blindspots.results.domain;

import io.blindspots.events.RunSpec;
import io.blindspots.events.RunSpecs;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RunSettingTest {

    private static RunSpec spec(String dataset, String signal, long seed) {
        return RunSpecs.parse("""
                {"dataset": %s, "signal": %s, "seed": %d, "convnet": {"arch": "kdd4"},
                 "baselines": ["decision-tree"]}""".formatted(dataset, signal, seed));
    }

    @Test
    void seedRunIdAndSweepAreNotPartOfTheSetting() {
        RunSpec one = spec("{\"name\": \"synthetic-shapes\"}", "{\"type\": \"one-pixel\"}", 1);
        RunSpec two = spec("{\"name\": \"synthetic-shapes\"}", "{\"type\": \"one-pixel\"}", 2)
                .withRunId("my-run");

        assertThat(one.runId()).isNotEqualTo(two.runId());
        assertThat(RunSetting.of(one)).isEqualTo(RunSetting.of(two));
        assertThat(RunSetting.of(one).id()).matches("set-[0-9a-f]{12}");
        assertThat(RunSetting.of(one).fields()).containsEntry("convnet.arch", "kdd4")
                .containsEntry("signal.scale", "0.001").doesNotContainKeys("seed", "runId");
    }

    @Test
    void aSignalSeedThatIsTheRunSeedBelongsToTheSeedAndAnotherOneToTheSetting() {
        RunSpec seed1 = spec("{\"name\": \"synthetic-shapes\"}", "{\"type\": \"noise\"}", 1);
        RunSpec seed2 = spec("{\"name\": \"synthetic-shapes\"}", "{\"type\": \"noise\"}", 2);
        RunSpec fixed = spec("{\"name\": \"synthetic-shapes\"}", "{\"type\": \"noise\", \"seed\": 9}", 2);

        assertThat(RunSetting.of(seed1)).isEqualTo(RunSetting.of(seed2));
        assertThat(RunSetting.of(fixed)).isNotEqualTo(RunSetting.of(seed2));
        assertThat(RunSetting.of(fixed).fields()).containsEntry("signal.seed", "9");
    }

    @Test
    void labelsNameOnlyTheFieldsThatDiffer() {
        RunSetting small = RunSetting.of(spec("{\"name\": \"synthetic-shapes\", \"trainLimit\": 500}",
                "{\"type\": \"one-pixel\"}", 1));
        RunSetting large = RunSetting.of(spec("{\"name\": \"synthetic-shapes\", \"trainLimit\": 2000}",
                "{\"type\": \"one-pixel\"}", 1));
        RunSetting whole = RunSetting.of(spec("{\"name\": \"synthetic-shapes\"}", "{\"type\": \"one-pixel\"}", 1));

        Map<RunSetting, String> labels = RunSetting.labels(List.of(small, large, whole));

        assertThat(small.id()).isNotEqualTo(large.id());
        assertThat(labels).containsEntry(small, "trainLimit=500").containsEntry(large, "trainLimit=2000")
                .containsEntry(whole, "trainLimit=none");
        assertThat(RunSetting.labels(List.of(small))).containsEntry(small, "");
    }

    @Test
    void aLabelShowsListsAsNamesAndAnAbsentConvNetOnce() {
        RunSetting suite = RunSetting.of(RunSpecs.parse("""
                {"dataset": {"name": "synthetic-shapes"}, "signal": {"type": "mean"}, "convnet": {"arch": "kdd4"},
                 "baselines": ["decision-tree", "qda"]}"""));
        RunSetting reader = RunSetting.of(RunSpecs.parse("""
                {"dataset": {"name": "synthetic-shapes"}, "signal": {"type": "mean"}, "baselines": ["qda"],
                 "baselineFraction": 1.0}"""));

        Map<RunSetting, String> labels = RunSetting.labels(List.of(suite, reader));

        assertThat(labels.get(suite)).startsWith("baselineFraction=0.25, baselines=[decision-tree, qda], ")
                .contains("arch=kdd4");
        assertThat(labels.get(reader)).isEqualTo("baselineFraction=1.0, baselines=[qda], convnet=none");
    }

    @Test
    void aRevisionIsAnotherSettingSoARerunAfterAFixGetsItsOwnRow() {
        RunSpec original = spec("{\"name\": \"synthetic-shapes\"}", "{\"type\": \"one-pixel\"}", 1);
        RunSpec rerun = RunSpecs.complete(original.withRevision(2));

        assertThat(RunSetting.labels(List.of(RunSetting.of(original), RunSetting.of(rerun))))
                .containsValues("revision=none", "revision=2");
    }
}
