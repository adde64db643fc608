package io.blindspots.convnet.domain;

import io.blindspots.events.Split;
import io.blindspots.events.stream.ImageShape;
import io.blindspots.runtime.domain.SplitScores;
import io.blindspots.runtime.stream.SplitData;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SplitEvaluationTest {

    /** Predicts class (first pixel) with probability 0.7, the others sharing the rest. */
    private static final ConvNet READS_FIRST_PIXEL = new ConvNet() {
        @Override
        public String arch() {
            return "stub";
        }

        @Override
        public long parameterCount() {
            return 0;
        }

        @Override
        public double fit(INDArray features, INDArray labels) {
            throw new UnsupportedOperationException();
        }

        @Override
        public INDArray predict(INDArray features) {
            int n = (int) features.size(0);
            float[][] p = new float[n][3];
            for (int i = 0; i < n; i++) {
                java.util.Arrays.fill(p[i], 0.15f);
                p[i][(int) features.getFloat(i, 0, 0, 0)] = 0.7f;
            }
            return Nd4j.create(p);
        }

        @Override
        public void save(java.nio.file.Path file) {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void scoresPredictionsInBatchesAndReportsSignalRelianceOnConflict() {
        // labels 0,1,2,0,1; first pixels say 1,2,0,0,1: three follow (c+1) mod 3, two match the label
        SplitData data = new SplitData(new int[] {0, 1, 2, 0, 1}, new float[] {1, 2, 0, 0, 1}, 1);
        ImageShape shape = new ImageShape(1, 1, 1);

        SplitScores conflict = SplitEvaluation.evaluate(READS_FIRST_PIXEL, Split.CONFLICT, data, shape, 3, 2);
        SplitScores signal = SplitEvaluation.evaluate(READS_FIRST_PIXEL, Split.SIGNAL, data, shape, 3, 2);

        assertThat(conflict.accuracy()).isEqualTo(0.4);
        assertThat(conflict.signalReliance()).hasValue(0.6);
        assertThat(conflict.loss().orElseThrow())
                .isCloseTo(-(2 * Math.log(0.7) + 3 * Math.log(0.15)) / 5, within(1e-6));
        assertThat(signal.signalReliance()).isEmpty();
    }
}
