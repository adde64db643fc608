package io.blindspots.results.domain;

import io.blindspots.events.MetricNames;
import io.blindspots.events.RunEvent;
import io.blindspots.events.RunSpec;
import io.blindspots.events.RunSpecs;
import io.blindspots.events.Split;
import io.blindspots.events.views.BlindspotMap;
import io.blindspots.events.views.RelianceVerdict;
import io.blindspots.events.views.ResultTable;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;

import static io.blindspots.results.domain.RunBookTest.event;
import static io.blindspots.results.domain.RunBookTest.metric;
import static org.assertj.core.api.Assertions.assertThat;

class BlindspotMapTest {

    private static final double CHANCE = 0.1;
    private final RunBook book = new RunBook();

    @Test
    void theThresholdIsTheWeakestStrengthAtWhichTheVerdictOverSeedsIsUses() {
        // kdd4 ignores at 1e-3; at 1e-2 one seed uses the signal, the other not; at 1e-1 both do
        measured("one-pixel", "scale", 0.001, 1, 0.10, 1.0);
        measured("one-pixel", "scale", 0.001, 2, 0.11, 1.0);
        measured("one-pixel", "scale", 0.01, 1, 0.90, 1.0);
        measured("one-pixel", "scale", 0.01, 2, 0.10, 1.0);
        measured("one-pixel", "scale", 0.1, 1, 0.97, 1.0);
        measured("one-pixel", "scale", 0.1, 2, 0.95, 1.0);

        BlindspotMap map = book.map();

        assertThat(map.models()).containsExactly("kdd4", "decision-tree");
        assertThat(map.rows()).hasSize(1);
        BlindspotMap.Row row = map.rows().getFirst();
        assertThat(row.signal()).isEqualTo("one-pixel");
        assertThat(row.parameter()).isEqualTo("scale");
        assertThat(row.strengths()).containsExactly(0.001, 0.01, 0.1);
        BlindspotMap.Cell convnet = row.cells().get("kdd4");
        assertThat(convnet.points()).extracting(BlindspotMap.Point::verdict).containsExactly(
                RelianceVerdict.IGNORES_SIGNAL, RelianceVerdict.CANNOT_TELL, RelianceVerdict.USES_SIGNAL);
        assertThat(convnet.threshold()).isEqualTo(0.1);
        assertThat(convnet.seeds()).containsExactly(1L, 2L);
        assertThat(convnet.seedThresholds()).containsExactly(0.01, 0.1);
        assertThat(convnet.low()).isEqualTo(0.01);
        assertThat(convnet.high()).isEqualTo(0.1);
        assertThat(row.cells().get("decision-tree").threshold()).isEqualTo(0.001);
    }

    @Test
    void theFormatsSayWhenTheThresholdIsBelowOrAboveTheTestedStrengths() {
        measured("noise", "rms", 0.001, 1, 0.10, 0.99);
        measured("noise", "rms", 0.1, 1, 0.12, 0.99);

        BlindspotMap map = book.map();
        String text = MapFormats.text(map);

        assertThat(map.rows().getFirst().parameter()).isEqualTo("rms");
        assertThat(text).containsPattern("noise\\s+rms 1e-3\\.\\.0\\.1 \\(2\\)\\s+> 0\\.1\\s+<= 1e-3");
        assertThat(text).containsPattern("noise\\s+rms 1e-3\\.\\.0\\.1 \\(2\\)\\s+i i\\s+u u");
        assertThat(MapFormats.markdown(map)).contains("| > 0.1<br>i i | <= 1e-3<br>u u |");
        assertThat(MapFormats.csv(map)).containsPattern(
                "synthetic-shapes,noise,rms,set-\\w+,\"\",kdd4,,,,1,0\\.00100000,");
    }

    @Test
    void aVariantsRunsWithoutBaselinesJoinThePlainRunsRowAsAColumnOfTheirOwn() {
        measured("one-pixel", "scale", 0.001, 1, 0.10, 1.0);
        measured("one-pixel", "scale", 0.1, 1, 0.10, 1.0);
        for (double scale : new double[] {0.001, 0.1}) {
            RunSpec spec = RunSpecs.parse("""
                    {"dataset": {"name": "synthetic-shapes"}, "signal": {"type": "one-pixel", "scale": %s}, "seed": 1,
                     "convnet": {"arch": "kdd4", "variant": "coordconv"}}""".formatted(scale));
            book.apply(event(spec, RunEvent.Type.ACCEPTED, null, null));
            book.apply(new RunEvent(spec.runId(), RunEvent.Type.ENCODED, "test", null, 1, null, null,
                    Map.of("signal", 1000L, "conflict", 1000L, RunEvent.CLASSES, 10L)));
            book.apply(metric(spec, "kdd4+coordconv", 1, Split.SIGNAL, MetricNames.ACCURACY, 0.9));
            book.apply(metric(spec, "kdd4+coordconv", 1, Split.CONFLICT, MetricNames.SIGNAL_RELIANCE,
                    scale < 0.1 ? 0.1 : 0.9));
            book.apply(metric(spec, "kdd4+coordconv", 1, Split.CLEAN, MetricNames.CHANCE_RELIANCE, CHANCE));
        }

        BlindspotMap map = book.map();

        assertThat(map.rows()).hasSize(1);
        assertThat(map.models()).containsExactly("kdd4", "kdd4+coordconv", "decision-tree");
        assertThat(map.rows().getFirst().cells().get("kdd4+coordconv").threshold()).isEqualTo(0.1);
        assertThat(map.rows().getFirst().cells().get("kdd4").threshold()).isNull();
    }

    @Test
    void runsAtOneStrengthOnlyMakeNoRowAndAStrengthIsWrittenInThreeDigits() {
        measured("mean", "scale", 0.001, 1, 0.10, 0.10);

        assertThat(book.map().rows()).isEmpty();
        assertThat(MapFormats.strength(3.1622776e-4)).isEqualTo("3.16e-4");
        assertThat(MapFormats.strength(0.001)).isEqualTo("1e-3");
        assertThat(MapFormats.strength(0.0316)).isEqualTo("0.0316");
    }

    @Test
    void thePlotIsAPngWithAPanelPerRow() throws IOException {
        measured("one-pixel", "scale", 0.001, 1, 0.10, 1.0);
        measured("one-pixel", "scale", 0.1, 1, 0.97, 1.0);
        measured("noise", "rms", 0.001, 1, 0.10, 0.99);
        measured("noise", "rms", 0.1, 1, 0.12, 0.99);

        byte[] png = MapPlot.png(book.map());
        Files.write(Path.of("target", "map-plot.png"), png);
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(png));

        assertThat(picture.getWidth()).isEqualTo(2 * 380);
        assertThat(picture.getHeight()).isGreaterThan(250);
    }

    @Test
    void aTextSignalsFractionOfCarryingTrainingTextsIsItsStrength() {
        measured("synthetic-text", "char-cnn-small", "mnemonic", "fraction", 0.01, 1, 0.20, 0.21, 0.2);
        measured("synthetic-text", "char-cnn-small", "mnemonic", "fraction", 0.1, 1, 0.21, 0.99, 0.2);
        measured("synthetic-text", "char-cnn-small", "mnemonic", "fraction", 1, 1, 0.95, 1.0, 0.2);

        BlindspotMap.Row row = book.map().rows().getFirst();

        assertThat(row.dataset()).isEqualTo("synthetic-text");
        assertThat(row.parameter()).isEqualTo("fraction");
        assertThat(row.strengths()).containsExactly(0.01, 0.1, 1.0);
        assertThat(row.cells().get("char-cnn-small").threshold()).isEqualTo(1.0);
        assertThat(row.cells().get("decision-tree").threshold()).isEqualTo(0.1);
        assertThat(book.table().rows()).extracting(ResultTable.Row::signal)
                .containsExactlyInAnyOrder("mnemonic@0.01", "mnemonic@0.1", "mnemonic");
    }

    /** A finished run of kdd4 and the decision tree at one strength, with their conflict-split reliances. */
    private void measured(String signal, String parameter, double strength, long seed, double convnetReliance,
                          double treeReliance) {
        measured("synthetic-shapes", "kdd4", signal, parameter, strength, seed, convnetReliance, treeReliance,
                CHANCE);
    }

    private void measured(String dataset, String arch, String signal, String parameter, double strength, long seed,
                          double convnetReliance, double treeReliance, double chance) {
        RunSpec spec = RunSpecs.parse("""
                {"dataset": {"name": "%s"}, "signal": {"type": "%s", "%s": %s}, "seed": %d,
                 "convnet": {"arch": "%s"}, "baselines": ["decision-tree"]}""".formatted(dataset, signal,
                parameter, strength, seed, arch));
        book.apply(event(spec, RunEvent.Type.ACCEPTED, null, null));
        book.apply(new RunEvent(spec.runId(), RunEvent.Type.ENCODED, "test", null, 1, null, null,
                Map.of("signal", 1000L, "conflict", 1000L, RunEvent.CLASSES, 10L)));
        Map.of(arch, convnetReliance, "decision-tree", treeReliance).forEach((model, reliance) -> {
            book.apply(metric(spec, model, 1, Split.SIGNAL, MetricNames.ACCURACY, reliance));
            book.apply(metric(spec, model, 1, Split.CONFLICT, MetricNames.SIGNAL_RELIANCE, reliance));
            book.apply(metric(spec, model, 1, Split.CLEAN, MetricNames.CHANCE_RELIANCE, chance));
            book.apply(event(spec, RunEvent.Type.MODEL_FINISHED, model, null));
        });
    }
}
