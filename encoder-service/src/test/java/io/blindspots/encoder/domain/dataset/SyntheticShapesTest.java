package io.blindspots.encoder.domain.dataset;

import io.blindspots.encoder.domain.LabeledImages;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticShapesTest {

    @Test
    void sameSeedDrawsBitIdenticalImages() {
        Dataset a = SyntheticShapes.load(50, 20, 7);
        Dataset b = SyntheticShapes.load(50, 20, 7);

        assertThat(((LabeledImages) a.train()).pixels()).isEqualTo(((LabeledImages) b.train()).pixels());
        assertThat(a.test().labels()).isEqualTo(b.test().labels());
    }

    @Test
    void otherSeedDrawsOtherImages() {
        assertThat(((LabeledImages) SyntheticShapes.load(50, 1, 7).train()).pixels())
                .isNotEqualTo(((LabeledImages) SyntheticShapes.load(50, 1, 8).train()).pixels());
    }

    @Test
    void limitsCapEachPartAndTrainAndTestDiffer() {
        Dataset dataset = SyntheticShapes.load(30, 12, 1);

        assertThat(dataset.train().count()).isEqualTo(30);
        assertThat(dataset.test().count()).isEqualTo(12);
        assertThat(dataset.train().sample(0)).isNotEqualTo(dataset.test().sample(0));
    }

    @Test
    void pixelsAreEightBitLevelsInTheUnitRange() {
        float[] pixels = ((LabeledImages) SyntheticShapes.load(20, 1, 1).train()).pixels();

        for (float v : pixels) {
            assertThat(v).isBetween(0f, 1f);
            assertThat(Math.abs(v * 255 - Math.round(v * 255))).isLessThan(1e-3f);
        }
    }

    @Test
    void allTenClassesAppearRoughlyEvenly() {
        LabeledImages train = (LabeledImages) SyntheticShapes.load(2000, 1, 1).train();
        int[] counts = new int[10];
        Arrays.stream(train.labels()).forEach(l -> counts[l]++);

        assertThat(IntStream.of(counts).min().orElseThrow()).isGreaterThan(150);
        assertThat(SyntheticShapes.load(1, 1, 1).classNames()).hasSize(10).doesNotHaveDuplicates();
    }

    @Test
    void noFixedPixelRevealsTheClass() {
        LabeledImages train = (LabeledImages) SyntheticShapes.load(1000, 1, 2).train();
        int size = train.shape().size();
        double[][] classMeans = new double[10][size];
        int[] counts = new int[10];
        for (int i = 0; i < train.count(); i++) {
            counts[train.labels()[i]]++;
            for (int p = 0; p < size; p++) {
                classMeans[train.labels()[i]][p] += train.pixels()[i * size + p];
            }
        }
        double largestGap = 0;
        for (int p = 0; p < size; p++) {
            double min = 1;
            double max = 0;
            for (int k = 0; k < 10; k++) {
                double mean = classMeans[k][p] / counts[k];
                min = Math.min(min, mean);
                max = Math.max(max, mean);
            }
            largestGap = Math.max(largestGap, max - min);
        }
        // Shapes move and change colour: per-pixel class means stay close, unlike an injected pixel.
        assertThat(largestGap).isLessThan(0.35);
    }
}
