package io.blindspots.results.domain;

import io.blindspots.events.MetricNames;
import io.blindspots.events.RunEvent;
import io.blindspots.events.RunSpec;
import io.blindspots.events.Split;
import io.blindspots.events.views.RelianceVerdict;
import io.blindspots.events.views.ResultTable;
import org.junit.jupiter.api.Test;

import static io.blindspots.results.domain.RunBookTest.event;
import static io.blindspots.results.domain.RunBookTest.metric;
import static io.blindspots.results.domain.RunBookTest.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ResultTableTest {

    private final RunBook book = new RunBook();

    private void finished(RunSpec spec, double kdd4, double tree, double nb) {
        book.apply(event(spec, RunEvent.Type.ACCEPTED, null, null));
        book.apply(metric(spec, "kdd4", 3, Split.SIGNAL, "accuracy", kdd4));
        book.apply(metric(spec, "decision-tree", 1, Split.SIGNAL, "accuracy", tree));
        book.apply(metric(spec, "decision-tree", 1, Split.CLEAN, "accuracy", 0.3));
        book.apply(metric(spec, "gaussian-nb", 1, Split.SIGNAL, "accuracy", nb));
        spec.models().forEach(m -> book.apply(event(spec, RunEvent.Type.MODEL_FINISHED, m, null)));
    }

    @Test
    void cellsAreMeanAndSampleStdOverSeeds() {
        finished(spec("one-pixel", 1), 0.40, 1.0, 0.50);
        finished(spec("one-pixel", 2), 0.42, 1.0, 0.70);
        finished(spec("one-pixel", 3), 0.44, 0.97, 0.60);

        ResultTable table = book.table();

        ResultTable.Cell nb = table.rows().getFirst().cells().get("gaussian-nb");
        assertThat(nb.signalAccuracy().mean()).isCloseTo(0.6, within(1e-9));
        assertThat(nb.signalAccuracy().std()).isCloseTo(0.1, within(1e-9));
        assertThat(nb.runs()).isEqualTo(3);
        assertThat(table.rows().getFirst().cells().get("decision-tree").cleanAccuracy().mean()).isEqualTo(0.3);
        assertThat(table.rows().getFirst().bestModel()).isEqualTo("decision-tree");
        assertThat(TableFormats.text(table)).contains("0.600±0.100");
    }

    @Test
    void bestSimpleModelIsNeverAModelAtChance() {
        encodedWithBaselines(spec("mean", 1), 0.11, 0.12);
        encodedWithBaselines(spec("noise", 1), 0.11, 0.16);

        ResultTable table = book.table();

        assertThat(table.rows().getFirst().signal()).isEqualTo("noise");
        assertThat(table.rows().getFirst().bestModel())
                .as("0.16 of 1,000 images, 10 classes: its 99 %% lower bound is above chance, 0.1")
                .isEqualTo("gaussian-nb");
        assertThat(table.rows().get(1).bestModel())
                .as("0.12 of 1,000 images, 10 classes: its 99 %% lower bound is below chance, 0.1").isNull();
        assertThat(TableFormats.text(table)).containsPattern("mean .*-\\n");
    }

    @Test
    void aCellOfOneSeedShowsTheExactIntervalItsTestSplitAllows() {
        encodedWithBaselines(spec("noise", 1), 0.11, 0.16);

        ResultTable.Cell nb = book.table().rows().getFirst().cells().get("gaussian-nb");

        assertThat(nb.signalInterval().confidence()).isCloseTo(0.98, within(1e-9));
        assertThat(nb.signalInterval().low()).isBetween(0.12, 0.16);
        assertThat(nb.signalInterval().high()).isBetween(0.16, 0.20);
        assertThat(TableFormats.text(book.table())).contains("Spread of the signal accuracy: the exact 98 % interval")
                .containsPattern("noise\\s+\\[0\\.\\d{3}, 0\\.\\d{3}\\]");
    }

    /** A run of 10 classes with 1,000 signal images, kdd4 at 0.9 and the two baselines at the given accuracies. */
    private void encodedWithBaselines(RunSpec spec, double tree, double nb) {
        book.apply(event(spec, RunEvent.Type.ACCEPTED, null, null));
        book.apply(new RunEvent(spec.runId(), RunEvent.Type.ENCODED, "test", null, 1, null, null,
                java.util.Map.of("signal", 1000L, "conflict", 1000L, RunEvent.CLASSES, 10L)));
        book.apply(metric(spec, "kdd4", 3, Split.SIGNAL, "accuracy", 0.9));
        book.apply(metric(spec, "decision-tree", 1, Split.SIGNAL, "accuracy", tree));
        book.apply(metric(spec, "gaussian-nb", 1, Split.SIGNAL, "accuracy", nb));
    }

    @Test
    void textTableHasARowPerSignalInThePapersOrderAndAColumnPerModel() {
        finished(spec("one-pixel", 1), 0.41, 1.0, 0.99);
        finished(spec("none", 1), 0.40, 0.30, 0.25);

        String text = TableFormats.text(book.table());

        assertThat(text.lines().toList().get(1)).contains("dataset").contains("signal").contains("kdd4")
                .contains("decision-tree").contains("gaussian-nb");
        assertThat(text).containsPattern("synthetic-shapes\\s+none\\s+0.400 \\?\\s+0.300 \\?\\s+0.250 \\?");
        assertThat(text).containsPattern("synthetic-shapes\\s+one-pixel\\s+0.410 \\?\\s+1.000 \\?\\s+0.990 \\?");
        assertThat(text.indexOf(" none ")).isLessThan(text.indexOf(" one-pixel "));
        assertThat(TableFormats.markdown(book.table())).contains("| **1.000 ?** |");
        assertThat(TableFormats.csv(book.table()))
                .containsPattern("synthetic-shapes,one-pixel,set-\\w+,,decision-tree,1.000000");
    }

    @Test
    void cellOfARunStillTrainingIsMarkedProvisional() {
        RunSpec spec = spec("none", 5);
        book.apply(event(spec, RunEvent.Type.ACCEPTED, null, null));
        book.apply(metric(spec, "kdd4", 1, Split.SIGNAL, "accuracy", 0.2));

        assertThat(TableFormats.text(book.table())).contains("0.200 ?*");
    }

    @Test
    void missingValuesAreMarkedAndTheFootnoteExplainsTheCells() {
        RunSpec treeOnly = RunBookTest.spec("none", 1);
        book.apply(event(treeOnly, RunEvent.Type.ACCEPTED, null, null));
        RunSpec baselinesOnly = io.blindspots.events.RunSpecs.parse("""
                {"dataset": {"name": "synthetic-shapes"}, "signal": {"type": "mean"},
                 "baselines": ["decision-tree"]}""");
        book.apply(event(baselinesOnly, RunEvent.Type.ACCEPTED, null, null));

        String text = TableFormats.text(book.table());

        assertThat(text).containsPattern("synthetic-shapes\\s+none\\s+…\\s+…\\s+…");
        assertThat(text).containsPattern("synthetic-shapes\\s+mean\\s+-\\s+…\\s+-");
        assertThat(text).endsWith(TableFormats.FOOTNOTE + "\n");
    }

    @Test
    void columnsPutTheConvNetFirstThenTheModelsInTheOrderTheyCame() {
        RunSpec baselinesOnly = io.blindspots.events.RunSpecs.parse("""
                {"dataset": {"name": "synthetic-shapes"}, "signal": {"type": "none"}, "seed": 1,
                 "baselines": ["gaussian-nb"]}""");
        book.apply(event(baselinesOnly, RunEvent.Type.ACCEPTED, null, null, 1));
        RunSpec full = spec("none", 2);
        book.apply(event(full, RunEvent.Type.ACCEPTED, null, null, 2));

        assertThat(book.table().models()).containsExactly("kdd4", "gaussian-nb", "decision-tree");
    }

    @Test
    void twoSpecsThatDifferOnlyInTrainLimitGiveTwoRowsEachWithItsOwnSeeds() {
        RunSpec small = limited(500, 1);
        RunSpec large = limited(2000, 1);
        finished(small, 0.40, 1.0, 0.50);
        finished(limited(500, 2), 0.50, 1.0, 0.60);
        finished(large, 0.90, 1.0, 0.70);

        ResultTable table = book.table();

        assertThat(table.rows()).extracting(ResultTable.Row::settingLabel)
                .containsExactlyInAnyOrder("trainLimit=500", "trainLimit=2000");
        ResultTable.Row smallRow = table.rows().stream().filter(r -> r.settingLabel().equals("trainLimit=500"))
                .findFirst().orElseThrow();
        assertThat(smallRow.setting()).isEqualTo(RunSetting.of(small).id());
        assertThat(smallRow.cells().get("kdd4").signalAccuracy().mean()).isCloseTo(0.45, within(1e-9));
        assertThat(smallRow.cells().get("kdd4").runs()).isEqualTo(2);
        assertThat(book.table(RunSetting.of(large).id()).rows()).singleElement()
                .satisfies(row -> assertThat(row.cells().get("kdd4").signalAccuracy().mean()).isEqualTo(0.9));
        assertThat(TableFormats.text(table)).contains("setting").contains("trainLimit=500")
                .contains("trainLimit=2000");
        assertThat(TableFormats.csv(table)).contains(",trainLimit=500,kdd4,");
        assertThat(book.runs(RunSetting.of(small).id())).hasSize(2);
    }

    @Test
    void gaugeValueIsTheNewestSettingsCellMean() {
        finished(limited(2000, 1), 0.90, 1.0, 0.70);
        RunSpec newer = limited(500, 1);
        book.apply(event(newer, RunEvent.Type.ACCEPTED, null, null, 5));
        book.apply(metric(newer, "kdd4", 1, Split.SIGNAL, "accuracy", 0.40, 6));
        RunSpec newest = limited(500, 2);
        book.apply(event(newest, RunEvent.Type.ACCEPTED, null, null, 7));
        book.apply(metric(newest, "kdd4", 1, Split.SIGNAL, "accuracy", 0.50, 8));

        assertThat(book.cellValue("synthetic-shapes", "one-pixel", "kdd4", "signal/accuracy").orElseThrow())
                .isCloseTo(0.45, within(1e-9));
    }

    @Test
    void verdictComparesTheConflictSplitWithTheModelsOwnChanceRelianceAndAppearsInEveryFormat() {
        RunSpec spec = spec("one-pixel", 1);
        book.apply(event(spec, RunEvent.Type.ACCEPTED, null, null));
        book.apply(new RunEvent(spec.runId(), RunEvent.Type.ENCODED, "test", null, 1, null, null,
                java.util.Map.of("conflict", 2000L)));
        scores(spec, "kdd4", 1, 0.11, 0.10, 0.10);
        scores(spec, "decision-tree", 1, 1.0, 0.99, 0.01);
        scores(spec, "gaussian-nb", 1, 0.2, 0.06, 0.01);
        spec.models().forEach(m -> book.apply(event(spec, RunEvent.Type.MODEL_FINISHED, m, null)));

        ResultTable table = book.table();

        java.util.Map<String, ResultTable.Cell> cells = table.rows().getFirst().cells();
        assertThat(cells.get("kdd4").verdict()).isEqualTo(RelianceVerdict.IGNORES_SIGNAL);
        assertThat(cells.get("decision-tree").verdict()).isEqualTo(RelianceVerdict.USES_SIGNAL);
        assertThat(cells.get("gaussian-nb").verdict()).isEqualTo(RelianceVerdict.CANNOT_TELL);
        assertThat(cells.get("decision-tree").chanceReliance().mean()).isEqualTo(0.01);
        assertThat(cells.get("decision-tree").conflictAccuracy().mean()).isCloseTo(0.01, within(1e-9));
        assertThat(TableFormats.text(table)).containsPattern("0.110 ignores\\s+1.000 uses\\s+0.200 \\?")
                .contains("0.990 vs 0.010, acc 0.010");
        assertThat(TableFormats.markdown(table)).contains("**1.000 uses**<br>0.990 vs 0.010");
        assertThat(TableFormats.csv(table)).contains(",0.010000,uses_signal,");
    }

    @Test
    void aModelThatReportsValidationAccuracyIsScoredAtItsBestValidationEpoch() {
        RunSpec spec = spec("one-pixel", 1);
        book.apply(event(spec, RunEvent.Type.ACCEPTED, null, null));
        double[] validation = {0.5, 0.9, 0.8};
        for (int epoch = 1; epoch <= 3; epoch++) {
            book.apply(metric(spec, "kdd4", epoch, null, MetricNames.VALIDATION_ACCURACY, validation[epoch - 1]));
            book.apply(metric(spec, "kdd4", epoch, Split.SIGNAL, "accuracy", 0.1 * epoch));
        }
        spec.models().forEach(m -> book.apply(event(spec, RunEvent.Type.MODEL_FINISHED, m, null)));

        ResultTable.Cell cell = book.table().rows().getFirst().cells().get("kdd4");

        assertThat(cell.signalAccuracy().mean()).isCloseTo(0.2, within(1e-9));
        assertThat(cell.bestValidation()).isTrue();
        assertThat(cell.epoch().mean()).isEqualTo(2);
        assertThat(TableFormats.text(book.table())).contains("0.200 ? @2");
        assertThat(book.cellValue("synthetic-shapes", "one-pixel", "kdd4", "signal/accuracy").orElseThrow())
                .isCloseTo(0.2, within(1e-9));
    }

    private void scores(RunSpec spec, String model, int epoch, double signal, double reliance, double chance) {
        book.apply(metric(spec, model, epoch, Split.SIGNAL, MetricNames.ACCURACY, signal));
        book.apply(metric(spec, model, epoch, Split.CONFLICT, MetricNames.ACCURACY, 1 - reliance));
        book.apply(metric(spec, model, epoch, Split.CONFLICT, MetricNames.SIGNAL_RELIANCE, reliance));
        book.apply(metric(spec, model, epoch, Split.CLEAN, MetricNames.CHANCE_RELIANCE, chance));
    }

    @Test
    void cellsAndTheTextTableNameWhereTheNumbersWereMeasured() {
        RunSpec spec = spec("one-pixel", 1);
        book.apply(event(spec, RunEvent.Type.ACCEPTED, null, null));
        book.apply(new RunEvent(spec.runId(), RunEvent.Type.MODEL_STARTED, "convnet-trainer", "kdd4", 2, null, null,
                null, new io.blindspots.events.RunEnvironment("0.1.0+abc1234", "AMD EPYC 7B13, 2 cores",
                "ND4J CpuBackend, oneDNN helpers on, 2 threads")));
        book.apply(metric(spec, "kdd4", 1, Split.SIGNAL, MetricNames.ACCURACY, 0.5));

        ResultTable table = book.table();

        assertThat(table.rows().getFirst().cells().get("kdd4").environments()).containsExactly(
                "AMD EPYC 7B13, 2 cores · ND4J CpuBackend, oneDNN helpers on, 2 threads · code 0.1.0+abc1234");
        assertThat(TableFormats.text(table)).contains("Measured on:\n  AMD EPYC 7B13, 2 cores");
        assertThat(TableFormats.markdown(table)).contains("Measured on: AMD EPYC 7B13");
        assertThat(book.run(spec.runId()).orElseThrow().models().get("kdd4").environment().codeVersion())
                .isEqualTo("0.1.0+abc1234");
    }

    private static RunSpec limited(int trainLimit, long seed) {
        return io.blindspots.events.RunSpecs.parse("""
                {"dataset": {"name": "synthetic-shapes", "trainLimit": %d}, "signal": {"type": "one-pixel"},
                 "seed": %d, "convnet": {"arch": "kdd4"}, "baselines": ["decision-tree", "gaussian-nb"]}"""
                .formatted(trainLimit, seed));
    }
}
