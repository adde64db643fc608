package io.blindspots.convnet.domain;

import io.blindspots.events.Catalog;
import io.blindspots.events.ConvNetSpec;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.learning.config.Nesterovs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrainingOptionsTest {

    @Test
    void paperPresetIsMomentumSgdAtPointZeroOneWithBatch128For30Epochs() {
        TrainingOptions paper = Architectures.of(Catalog.KDD4).preset(Catalog.PAPER);

        assertThat(paper).isEqualTo(new TrainingOptions(30, 128, 0.01,
                TrainingOptions.Optimizer.NESTEROV_MOMENTUM));
        assertThat(paper.updater()).isInstanceOfSatisfying(Nesterovs.class, n -> {
            assertThat(n.getLearningRate()).isEqualTo(0.01);
            assertThat(n.getMomentum()).isEqualTo(0.9);
        });
    }

    @Test
    void quickPresetsTrainToConvergenceWithEarlyStoppingOnATenPercentValidationSlice() {
        for (String arch : Catalog.ARCHS) {
            TrainingOptions quick = Architectures.of(arch).preset(Catalog.QUICK);

            assertThat(quick.batchSize()).isEqualTo(64);
            assertThat(quick.validationFraction()).isEqualTo(0.1);
            assertThat(quick.patience()).isEqualTo(3);
            assertThat(quick.epochs()).isEqualTo(30);
        }
    }

    @Test
    void specOverridesTheValidationSliceAndPatience() {
        TrainingOptions quick = Architectures.of(Catalog.KDD4).preset(Catalog.QUICK);

        TrainingOptions overridden = quick.overriddenBy(new ConvNetSpec(Catalog.KDD4, null, 12, null, null, 0.2, 5));

        assertThat(overridden.validationFraction()).isEqualTo(0.2);
        assertThat(overridden.patience()).isEqualTo(5);
        assertThat(overridden.epochs()).isEqualTo(12);
    }

    @Test
    void specIterationLimitStopsTrainingMidEpoch() {
        TrainingOptions quick = Architectures.of(Catalog.CHAR_CNN_SMALL).preset(Catalog.QUICK);

        TrainingOptions limited = quick.overriddenBy(new ConvNetSpec(Catalog.CHAR_CNN_SMALL, null, 1, null, null,
                0.01, null, null, 20L));

        assertThat(limited.maxIterations()).isEqualTo(20);
        assertThat(limited.plannedEpochs(650_000)).isEqualTo(1);
        assertThat(quick.overriddenBy(new ConvNetSpec(Catalog.CHAR_CNN_SMALL, null, null, null, null)).maxIterations())
                .isEqualTo(quick.maxIterations());
    }

    @Test
    void specFieldsOverrideThePresetAndNullsKeepIt() {
        TrainingOptions paper = Architectures.of(Catalog.KDD4).preset(Catalog.PAPER);

        assertThat(paper.overriddenBy(new ConvNetSpec(Catalog.KDD4, Catalog.PAPER, 2, null, 0.05)))
                .isEqualTo(new TrainingOptions(2, 128, 0.05, TrainingOptions.Optimizer.NESTEROV_MOMENTUM));
        assertThat(paper.overriddenBy(new ConvNetSpec(Catalog.KDD4, null, null, 16, null)))
                .isEqualTo(new TrainingOptions(30, 16, 0.01, TrainingOptions.Optimizer.NESTEROV_MOMENTUM));
    }

    @Test
    void unknownArchitectureNamesTheKnownOnes() {
        assertThatThrownBy(() -> Architectures.of("vgg16")).hasMessageContaining("kdd4").hasMessageContaining("resnet56");
    }
}
