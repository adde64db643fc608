package io.blindspots.runtime.stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SplitDataTest {

    private static final SplitData IMAGES = new SplitData(new int[] {3, 1, 2}, new float[] {0, 1, 10, 11, 20, 21}, 2);

    @Test
    void subsetIsAViewOfTheChosenSamplesInTheGivenOrder() {
        SplitData chosen = IMAGES.subset(new int[] {2, 0});

        assertThat(chosen.count()).isEqualTo(2);
        assertThat(chosen.labels()).containsExactly(2, 3);
        assertThat(chosen.sample(0)).containsExactly(20, 21);
        assertThat(chosen.toFloats()).containsExactly(20, 21, 0, 1);
        assertThat(chosen.subset(new int[] {1}).sample(0)).containsExactly(0, 1);
    }

    @Test
    void symbolCodesReadAsUnsignedValues() {
        SplitData codes = SplitData.ofCodes(new int[] {0, 1}, new byte[] {1, (byte) 200, 0, (byte) 255}, 2);

        assertThat(codes.value(0, 1)).isEqualTo(200f);
        assertThat(codes.sample(1)).containsExactly(0, 255);
        assertThat(codes).isEqualTo(new SplitData(new int[] {0, 1}, new float[] {1, 200, 0, 255}, 2));
    }

    @Test
    void aSplitInPagesReadsLikeOneArrayAndItsSubsetsCrossPages() {
        SplitData.Writer writer = SplitData.writer(5, 2, true, 2); // pages of 2, 2 and 1 samples
        for (int i = 0; i < 5; i++) {
            writer.append(i, new float[] {-1, 10 * i, 10 * i + 1}, 1);
        }
        SplitData paged = writer.build();

        assertThat(paged.toFloats()).containsExactly(0, 1, 10, 11, 20, 21, 30, 31, 40, 41);
        assertThat(paged.value(4, 1)).isEqualTo(41f);
        assertThat(paged.subset(new int[] {4, 1, 2}).toFloats()).containsExactly(40, 41, 10, 11, 20, 21);
        assertThat(writer.holds(3, 3, new float[] {30, 31}, 0)).isTrue();
        assertThat(writer.holds(3, 3, new float[] {30, 32}, 0)).isFalse();
        assertThat(paged).isEqualTo(new SplitData(new int[] {0, 1, 2, 3, 4},
                new float[] {0, 1, 10, 11, 20, 21, 30, 31, 40, 41}, 2));
    }

    @Test
    void aSplitIsWrittenInPagesOfWholeSamplesBelowTheArrayLimit() {
        assertThat(SplitData.samplesPerPage(1014)).isEqualTo((1 << 28) / 1014);
        assertThat((long) SplitData.samplesPerPage(3072) * 3072).isLessThanOrEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void valuesThatDoNotFillTheSamplesAreRefused() {
        assertThatThrownBy(() -> new SplitData(new int[] {0, 1}, new float[3], 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 values for 2 samples of 2");
    }

    @Test
    void aSampleOutsideTheSplitIsRefused() {
        assertThatThrownBy(() -> IMAGES.sample(3)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
