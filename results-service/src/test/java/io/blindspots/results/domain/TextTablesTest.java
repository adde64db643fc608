package io.blindspots.results.domain;

import io.blindspots.events.RunEvent;
import io.blindspots.events.RunSpec;
import io.blindspots.events.RunSpecs;
import io.blindspots.events.Split;
import io.blindspots.events.views.ResultTable;
import io.blindspots.events.views.TextResultTable;
import org.junit.jupiter.api.Test;

import static io.blindspots.results.domain.RunBookTest.event;
import static io.blindspots.results.domain.RunBookTest.metric;
import static org.assertj.core.api.Assertions.assertThat;

class TextTablesTest {

    private final RunBook book = new RunBook();

    private static RunSpec text(String dataset, String signal) {
        return RunSpecs.parse("""
                {"dataset": {"name": "%s"}, "signal": {"type": "%s"}, "convnet": {"arch": "char-cnn-small"},
                 "baselines": ["decision-tree", "logistic-regression"]}""".formatted(dataset, signal));
    }

    private void finished(RunSpec spec, double cnn, double tree, double lr) {
        book.apply(event(spec, RunEvent.Type.ACCEPTED, null, null));
        String convnet = spec.convnet().arch();
        book.apply(metric(spec, convnet, convnet.equals("kdd4") ? 3 : 1, Split.SIGNAL, "accuracy", cnn));
        book.apply(metric(spec, "decision-tree", 1, Split.SIGNAL, "accuracy", tree));
        book.apply(metric(spec, spec.baselines().getLast(), 1, Split.SIGNAL, "accuracy", lr));
        spec.models().forEach(m -> book.apply(event(spec, RunEvent.Type.MODEL_FINISHED, m, null)));
    }

    @Test
    void table3HasTheBestSimpleModelAndTheConvNetPerSignalAndTheCleanLrAndConvNetRows() {
        finished(text("synthetic-text", "mnemonic"), 0.60, 1.0, 0.7);
        finished(text("yelp-full", "mnemonic"), 0.62, 0.999, 0.5);
        finished(text("synthetic-text", "none"), 0.61, 0.3, 0.55);
        finished(text("synthetic-text", "pattern-char"), 0.6, 0.68, 0.5);
        finished(RunBookTest.spec("one-pixel", 1), 0.1, 1.0, 0.2);

        TextResultTable table = TextTables.text(book.table());

        assertThat(table.datasets()).containsExactly("synthetic-text", "yelp-full");
        assertThat(table.rows()).extracting(TextResultTable.Row::signal, TextResultTable.Row::model).containsExactly(
                org.assertj.core.groups.Tuple.tuple("none", "logistic-regression"),
                org.assertj.core.groups.Tuple.tuple("none", "char-cnn-small"),
                org.assertj.core.groups.Tuple.tuple("mnemonic", "decision-tree"),
                org.assertj.core.groups.Tuple.tuple("mnemonic", "char-cnn-small"),
                org.assertj.core.groups.Tuple.tuple("pattern-char", "decision-tree"),
                org.assertj.core.groups.Tuple.tuple("pattern-char", "char-cnn-small"));
        assertThat(table.rows().get(2).role()).isEqualTo(TextResultTable.Role.BEST_SIMPLE_MODEL);
        assertThat(table.rows().get(2).cells().get("yelp-full").signalAccuracy().mean()).isEqualTo(0.999);
        String text = TextTableFormats.text(table);
        assertThat(text).containsPattern("mnemonic\\s+decision-tree\\s+1.000 \\?\\s+0.999 \\?");
        assertThat(text).containsPattern("none\\s+logistic-regression\\s+0.550 \\?\\s+-");
        assertThat(TextTableFormats.markdown(table)).contains("| signal | model | synthetic-text | yelp-full |");
        assertThat(TextTableFormats.csv(table))
                .contains("mnemonic,decision-tree,best_simple_model,yelp-full,0.999000");
    }

    @Test
    void theImageTableKeepsNoTextRowAndNoTextOnlyColumn() {
        finished(text("synthetic-text", "mnemonic"), 0.60, 1.0, 0.7);
        finished(RunBookTest.spec("one-pixel", 1), 0.1, 1.0, 0.2);

        ResultTable images = TextTables.images(book.table());

        assertThat(images.rows()).extracting(ResultTable.Row::dataset).containsOnly("synthetic-shapes");
        assertThat(images.models()).doesNotContain("char-cnn-small", "logistic-regression").contains("kdd4");
        assertThat(TextTables.text(book.table()).rows()).allSatisfy(r -> assertThat(r.cells())
                .containsOnlyKeys("synthetic-text"));
    }
}
