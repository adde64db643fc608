package io.blindspots.baseline.domain;

import io.blindspots.baseline.OnePixelStreams;
import io.blindspots.events.Catalog;
import io.blindspots.events.Split;
import io.blindspots.runtime.domain.SplitScores;
import io.blindspots.runtime.stream.ReceivedDataset;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BaselineRunTest {

    private static final ReceivedDataset DATA = OnePixelStreams.dataset(
            OnePixelStreams.spec("run-unit", "\"decision-tree\", \"gaussian-nb\""), 800, 100, 11);

    @Test
    void fitsEachBaselineOnItsFractionAndScoresItOnTheThreeTestSplits() {
        Recorder recorder = new Recorder();

        new BaselineRun(Baselines::named, 64).train(DATA, recorder);

        assertThat(recorder.events).containsExactly(
                "started decision-tree", "fitted decision-tree on 200", "scored decision-tree clean",
                "scored decision-tree signal", "scored decision-tree conflict", "finished decision-tree",
                "started gaussian-nb", "fitted gaussian-nb on 200", "scored gaussian-nb clean",
                "scored gaussian-nb signal", "scored gaussian-nb conflict", "finished gaussian-nb");
        SplitScores treeConflict = recorder.scores.get(Catalog.DECISION_TREE + "/conflict");
        assertThat(recorder.scores.get(Catalog.DECISION_TREE + "/signal").accuracy()).isGreaterThanOrEqualTo(0.99);
        assertThat(treeConflict.signalReliance()).isPresent();
        assertThat(treeConflict.signalReliance().getAsDouble()).isGreaterThanOrEqualTo(0.9);
        assertThat(recorder.scores.get(Catalog.DECISION_TREE + "/clean").signalReliance()).isEmpty();
    }

    @Test
    void aFailingModelIsReportedAndTheOthersGoOn() {
        Baseline broken = Baseline.of(Catalog.DECISION_TREE, (d, o) -> {
            throw new IllegalStateException("covariance matrix is close to singular");
        });
        Recorder recorder = new Recorder();

        new BaselineRun(name -> name.equals(Catalog.DECISION_TREE) ? broken : Baselines.named(name), 64)
                .train(DATA, recorder);

        assertThat(recorder.events).startsWith("started decision-tree",
                "failed decision-tree: IllegalStateException: covariance matrix is close to singular",
                "started gaussian-nb");
        assertThat(recorder.events).endsWith("finished gaussian-nb");
    }

    @Test
    void anUnknownBaselineFailsAsAModelNamingTheKnownOnes() {
        Recorder recorder = new Recorder();

        new BaselineRun(name -> Baselines.named("svm"), 64).train(DATA, recorder);

        assertThat(recorder.events).contains("failed decision-tree: IllegalArgumentException: unknown baseline "
                + "'svm'; this trainer knows [decision-tree, extra-trees, gaussian-nb, lda, logistic-regression, "
                + "perceptron, qda, random-forest, shallow-max-nn, shallow-nn]");
    }

    @Test
    void everyBaselineOfTheCatalogIsKnown() {
        assertThat(Catalog.BASELINES).allSatisfy(name -> assertThat(Baselines.named(name).name()).isEqualTo(name));
    }

    @Test
    void modelsFittedInParallelEachReportInOrderAndAFailureStaysInItsCell() {
        ReceivedDataset three = OnePixelStreams.dataset(
                OnePixelStreams.spec("run-parallel", "\"decision-tree\", \"qda\", \"gaussian-nb\""), 400, 50, 12);
        Baseline broken = Baseline.of(Catalog.QDA, (d, o) -> {
            throw new IllegalArgumentException("QDA needs at least 2 training images of each class; class 3 has 1");
        });
        Recorder recorder = new Recorder();

        new BaselineRun(name -> name.equals(Catalog.QDA) ? broken : Baselines.named(name), 64, 3)
                .train(three, recorder);

        assertThat(recorder.events).hasSize(2 + 2 * 6)
                .contains("failed qda: IllegalArgumentException: QDA needs at least 2 training images of each class; "
                        + "class 3 has 1");
        for (String model : List.of(Catalog.DECISION_TREE, Catalog.GAUSSIAN_NB)) {
            assertThat(recorder.events.stream().filter(e -> e.endsWith(" " + model) || e.contains(" " + model + " ")))
                    .containsExactly("started " + model, "fitted " + model + " on 100", "scored " + model + " clean",
                            "scored " + model + " signal", "scored " + model + " conflict", "finished " + model);
        }
    }

    @Test
    void predictsInChunksWithoutChangingTheResult() {
        TrainingSet training = BaselineRun.trainingSet(DATA, DATA.header().spec());
        FittedModel tree = Baselines.named(Catalog.DECISION_TREE).fit(training);

        int[] whole = new Evaluation(1000).predict(tree, DATA.split(Split.SIGNAL));
        int[] chunked = new Evaluation(7).predict(tree, DATA.split(Split.SIGNAL));

        assertThat(chunked).isEqualTo(whole);
    }

    private static final class Recorder implements RunListener {

        final List<String> events = new ArrayList<>();
        final Map<String, SplitScores> scores = new java.util.HashMap<>();

        @Override
        public void modelStarted(String model) {
            events.add("started " + model);
        }

        @Override
        public void modelFitted(String model, Duration fitTime, int trainingRows) {
            assertThat(fitTime).isPositive();
            events.add("fitted " + model + " on " + trainingRows);
        }

        @Override
        public void splitScored(String model, SplitScores s) {
            events.add("scored " + model + " " + s.split());
            scores.put(model + "/" + s.split(), s);
        }

        @Override
        public void modelFinished(String model) {
            events.add("finished " + model);
        }

        @Override
        public void modelFailed(String model, String reason) {
            events.add("failed " + model + ": " + reason);
        }
    }
}
