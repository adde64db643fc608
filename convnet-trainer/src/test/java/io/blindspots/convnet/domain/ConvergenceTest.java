package io.blindspots.convnet.domain;

import io.blindspots.events.Catalog;
import io.blindspots.events.RunSpecs;
import io.blindspots.events.Split;
import io.blindspots.events.stream.ImageShape;
import io.blindspots.events.stream.StreamHeader;
import io.blindspots.runtime.stream.ReceivedDataset;
import io.blindspots.runtime.stream.SplitData;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quick preset trains to convergence: early stopping on the validation slice ends it before the cap, and on the
 * paper's control, {@code blank-one-pixel} (a blank image, one pixel at label × 1e-3), KDD4 finds the pixel.
 */
class ConvergenceTest {

    /** Small images keep the test cheap; 4,500 fitted images give the demo's number of mini-batches per epoch. */
    private static final ImageShape SHAPE = new ImageShape(3, 8, 8);
    private static final int CLASSES = 10;
    private static final double SCALE = 1e-3;

    /** Blank images, pixel (4, 4) of every channel at {@code class × scale}; the conflict split carries c + 1. */
    private static SplitData blankOnePixel(Split split, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed * 31 + split.code());
        int[] labels = IntStream.range(0, count).map(i -> random.nextInt(CLASSES)).toArray();
        float[] values = new float[count * SHAPE.size()];
        for (int i = 0; i < count; i++) {
            int signal = split == Split.CONFLICT ? (labels[i] + 1) % CLASSES : split == Split.CLEAN ? 0 : labels[i];
            for (int c = 0; c < SHAPE.channels(); c++) {
                values[i * SHAPE.size() + SHAPE.index(c, 4, 4)] = (float) (signal * SCALE);
            }
        }
        return new SplitData(labels, values, SHAPE.size());
    }

    private static ReceivedDataset dataset(int train, int test) {
        Map<Split, SplitData> splits = new EnumMap<>(Split.class);
        splits.put(Split.TRAIN, blankOnePixel(Split.TRAIN, train, 5));
        for (Split split : Split.TEST_SPLITS) {
            splits.put(split, blankOnePixel(split, test, 5));
        }
        Map<Split, Integer> sizes = new EnumMap<>(Split.class);
        splits.forEach((split, data) -> sizes.put(split, data.count()));
        var spec = RunSpecs.parse("""
                {"runId": "run-blank", "dataset": {"name": "synthetic-shapes"},
                 "signal": {"type": "blank-one-pixel"}, "seed": 5, "convnet": {"arch": "kdd4"}}""");
        return new ReceivedDataset(new StreamHeader(spec.runId(), spec, SHAPE,
                IntStream.range(0, CLASSES).mapToObj(c -> "class-" + c).toList(), sizes), splits);
    }

    @Test
    void kdd4QuickFindsTheBlankOnePixelSignalAndStopsEarlyBeforeTheCap() {
        TrainingOptions quick = Architectures.of(Catalog.KDD4).preset(Catalog.QUICK);
        List<EpochReport> reports = new ArrayList<>();

        ConvNetTraining.train(new Kdd4().build(SHAPE, CLASSES, quick, 5), dataset(5000, 500), quick, 5, 500,
                reports::add);

        EpochReport last = reports.getLast();
        assertThat(last.stoppedEarly()).as("stopped by early stopping after %d epochs", last.epoch()).isTrue();
        assertThat(last.epoch()).isLessThan(quick.epochs()).isEqualTo(last.bestEpoch() + quick.patience());
        assertThat(reports).allSatisfy(r -> assertThat(r.validationAccuracy()).isNotNull());
        EpochReport best = reports.get(last.bestEpoch() - 1);
        assertThat(best.validationAccuracy()).isGreaterThanOrEqualTo(0.99);
        assertThat(best.scores().get(Split.SIGNAL).accuracy()).isGreaterThanOrEqualTo(0.99);
        assertThat(best.scores().get(Split.CONFLICT).signalReliance().orElseThrow()).isGreaterThanOrEqualTo(0.99);
    }
}
