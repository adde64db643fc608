package io.blindspots.baseline.domain;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BaselineFractionTest {

    @Test
    void keepsTheRequestedShareOfDistinctImagesInStreamOrder() {
        int[] chosen = BaselineFraction.sample(12_500, 0.25, 1);

        assertThat(chosen).hasSize(3125);
        assertThat(chosen).isSorted();
        assertThat(Arrays.stream(chosen).distinct().count()).isEqualTo(3125);
        assertThat(chosen[0]).isGreaterThanOrEqualTo(0);
        assertThat(chosen[chosen.length - 1]).isLessThan(12_500);
    }

    @Test
    void theSameSeedChoosesTheSameImagesAndAnotherSeedOthers() {
        assertThat(BaselineFraction.sample(1000, 0.25, 7)).isEqualTo(BaselineFraction.sample(1000, 0.25, 7));
        assertThat(BaselineFraction.sample(1000, 0.25, 7)).isNotEqualTo(BaselineFraction.sample(1000, 0.25, 8));
    }

    @Test
    void isSpreadOverTheWholeSplitNotItsStart() {
        int[] chosen = BaselineFraction.sample(1000, 0.25, 3);

        long inSecondHalf = Arrays.stream(chosen).filter(i -> i >= 500).count();
        assertThat(inSecondHalf).isBetween(90L, 160L);
    }

    @Test
    void keepsEverythingAtFractionOneAndAtLeastOneImage() {
        assertThat(BaselineFraction.sample(10, 1.0, 1)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(BaselineFraction.sample(3, 0.01, 1)).hasSize(1);
    }

    @Test
    void refusesAFractionOutsideZeroToOne() {
        assertThatThrownBy(() -> BaselineFraction.sample(10, 0, 1)).hasMessageContaining("(0, 1]");
        assertThatThrownBy(() -> BaselineFraction.sample(10, 1.5, 1)).hasMessageContaining("(0, 1]");
    }
}
