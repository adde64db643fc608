package io.blindspots.convnet.domain;

import io.blindspots.runtime.stream.SplitData;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class EarlyStoppingTest {

    @Test
    void stopsAfterPatienceEpochsWithoutABetterValidationAccuracyAndKeepsTheFirstBest() {
        EarlyStopping stopping = new EarlyStopping(2, List.of());

        for (double accuracy : new double[] {0.5, 0.8, 0.8}) {
            stopping.record(accuracy);
            assertThat(stopping.shouldStop()).isFalse();
        }
        stopping.record(0.7);

        assertThat(stopping.bestEpoch()).isEqualTo(2);
        assertThat(stopping.shouldStop()).isTrue();
    }

    @Test
    void aResumedHistoryStopsWhereTheUninterruptedOneWould() {
        EarlyStopping resumed = new EarlyStopping(2, List.of(0.5, 0.9, 0.6));
        resumed.record(0.6);

        assertThat(resumed.shouldStop()).isTrue();
        assertThat(resumed.bestEpoch()).isEqualTo(2);
        assertThat(new EarlyStopping(0, List.of(0.9, 0.1, 0.1, 0.1)).shouldStop()).isFalse();
    }

    @Test
    void validationSliceIsASeededPartOfTheTrainingSplitDisjointFromWhatIsFitted() {
        SplitData train = new SplitData(IntStream.range(0, 100).toArray(),
                IntStream.range(0, 200).mapToObj(i -> (float) i).collect(floats()), 2);

        ValidationSlice slice = ValidationSlice.of(train, 0.1, 7);

        assertThat(slice.validation().count()).isEqualTo(10);
        assertThat(slice.fit().count()).isEqualTo(90);
        assertThat(slice.fit().labels()).doesNotContain(slice.validation().labels());
        assertThat(slice.validation().value(0, 1)).isEqualTo(slice.validation().labels()[0] * 2 + 1);
        assertThat(ValidationSlice.of(train, 0.1, 7).validation().labels()).isEqualTo(slice.validation().labels());
        assertThat(ValidationSlice.of(train, 0.1, 8).validation().labels()).isNotEqualTo(slice.validation().labels());
        assertThat(ValidationSlice.of(train, 0, 7).fit().labels()).isEqualTo(train.labels());
    }

    private static java.util.stream.Collector<Float, ?, float[]> floats() {
        return java.util.stream.Collector.of(java.util.ArrayList<Float>::new, java.util.ArrayList::add,
                (a, b) -> { a.addAll(b); return a; }, list -> {
                    float[] out = new float[list.size()];
                    for (int i = 0; i < out.length; i++) {
                        out[i] = list.get(i);
                    }
                    return out;
                });
    }
}
