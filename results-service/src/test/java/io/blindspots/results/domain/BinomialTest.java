package io.blindspots.results.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BinomialTest {

    @Test
    void tailsOfASmallBinomialAreTheExactSums() {
        // Binomial(4, 1/2): P(X <= 1) = (1 + 4) / 16, P(X >= 3) = (4 + 1) / 16
        assertThat(Binomial.lowerTail(1, 4, 0.5)).isCloseTo(5 / 16.0, within(1e-12));
        assertThat(Binomial.upperTail(3, 4, 0.5)).isCloseTo(5 / 16.0, within(1e-12));
        assertThat(Binomial.upperTail(0, 4, 0.5)).isEqualTo(1);
    }

    @Test
    void clopperPearsonBoundsAtTheEdgesHaveClosedForms() {
        // x = 0: the upper bound solves (1 - p)^n = alpha; x = n: the lower bound solves p^n = alpha
        assertThat(Binomial.upperBound(0, 100, 0.01)).isCloseTo(1 - Math.pow(0.01, 1 / 100.0), within(1e-9));
        assertThat(Binomial.lowerBound(100, 100, 0.01)).isCloseTo(Math.pow(0.01, 1 / 100.0), within(1e-9));
        assertThat(Binomial.lowerBound(0, 100, 0.01)).isZero();
        assertThat(Binomial.upperBound(100, 100, 0.01)).isEqualTo(1);
    }

    @Test
    void boundsEncloseTheObservedShare() {
        double low = Binomial.lowerBound(300, 1000, 0.01);
        double high = Binomial.upperBound(300, 1000, 0.01);

        assertThat(low).isBetween(0.26, 0.3);
        assertThat(high).isBetween(0.3, 0.34);
        assertThat(Binomial.upperTail(300, 1000, low)).isCloseTo(0.01, within(1e-6));
    }
}
