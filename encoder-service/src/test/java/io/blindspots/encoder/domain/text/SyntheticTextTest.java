package io.blindspots.encoder.domain.text;

import io.blindspots.encoder.domain.Samples;
import io.blindspots.encoder.domain.dataset.Dataset;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticTextTest {

    @Test
    void sameSeedWritesTheSameTextsAndAnotherSeedOthers() {
        Dataset a = SyntheticText.load(40, 10, 3);

        assertThat(all(a.train())).isEqualTo(all(SyntheticText.load(40, 10, 3).train()));
        assertThat(a.test().labels()).isEqualTo(SyntheticText.load(40, 10, 3).test().labels());
        assertThat(all(a.train())).isNotEqualTo(all(SyntheticText.load(40, 10, 4).train()));
        assertThat(a.shape()).isEqualTo(ZhangEncoding.SHAPE);
    }

    @Test
    void fiveClassesAppearRoughlyEvenly() {
        int[] counts = new int[5];
        Arrays.stream(SyntheticText.load(1000, 1, 1).train().labels()).forEach(l -> counts[l]++);

        assertThat(IntStream.of(counts).min().orElseThrow()).isGreaterThan(150);
    }

    @Test
    void noFixedPositionRevealsTheClass() {
        Samples train = SyntheticText.load(1000, 1, 2).train();
        float[] codes = all(train);
        int[] labels = train.labels();
        double best = 0;
        for (int p = 0; p < ZhangEncoding.LENGTH; p += 7) {
            // the accuracy of predicting each code's majority class at this one position
            int[][] counts = new int[71][5];
            for (int i = 0; i < labels.length; i++) {
                counts[(int) codes[i * ZhangEncoding.LENGTH + p]][labels[i]]++;
            }
            int right = Arrays.stream(counts).mapToInt(c -> IntStream.of(c).max().orElse(0)).sum();
            best = Math.max(best, right / (double) labels.length);
        }
        assertThat(best).isLessThan(0.4);
    }

    @Test
    void classesDifferByWordDistributionAndTextsVaryInLength() {
        Samples train = SyntheticText.load(300, 1, 5).train();
        int[] lengths = new int[300];
        int[] fond = new int[5]; // occurrences
        int[] seen = new int[5];
        for (int i = 0; i < 300; i++) {
            String text = ZhangEncoding.decode(train.sample(i), 0, ZhangEncoding.LENGTH, ZhangEncoding.ALPHABET, ' ')
                    .strip();
            lengths[i] = text.length();
            seen[train.labels()[i]]++;
            // "amazing", "outstanding", "perfect" are class 4's words (5 stars); every class may use them
            fond[train.labels()[i]] += text.split("amazing|perfect", -1).length - 1;
        }
        assertThat(fond[4] / (double) seen[4]).isGreaterThan(2 * fond[0] / (double) seen[0]);
        assertThat(fond[0]).isPositive();
        assertThat(IntStream.of(lengths).min().orElseThrow()).isLessThan(400);
        assertThat(IntStream.of(lengths).max().orElseThrow()).isGreaterThan(900);
    }

    private static float[] all(Samples part) {
        float[] values = new float[part.count() * part.shape().size()];
        part.read(0, part.count(), values);
        return values;
    }
}
