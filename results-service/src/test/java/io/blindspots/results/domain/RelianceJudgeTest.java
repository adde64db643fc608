package io.blindspots.results.domain;

import io.blindspots.events.views.RelianceVerdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RelianceJudgeTest {

    @Test
    void aModelThatFollowsTheSignalOnMostConflictImagesUsesIt() {
        assertThat(RelianceJudge.judge(0.98, 2000L, 0.01)).isEqualTo(RelianceVerdict.USES_SIGNAL);
    }

    @Test
    void aModelWhoseRelianceIsItsCleanSplitShareIgnoresTheSignal() {
        // the `none` control: conflict images are the clean ones, so reliance equals chance
        assertThat(RelianceJudge.judge(0.09, 2000L, 0.09)).isEqualTo(RelianceVerdict.IGNORES_SIGNAL);
    }

    @Test
    void aRelianceNearChancePlusTheMarginCannotBeTold() {
        assertThat(RelianceJudge.judge(0.06, 2000L, 0.01)).isEqualTo(RelianceVerdict.CANNOT_TELL);
    }

    @Test
    void tooFewImagesCannotTellEvenAtChance() {
        assertThat(RelianceJudge.judge(0.10, 20L, 0.10)).isEqualTo(RelianceVerdict.CANNOT_TELL);
        assertThat(RelianceJudge.judge(1.0, 20L, 0.10)).isEqualTo(RelianceVerdict.USES_SIGNAL);
    }

    @Test
    void withoutTheSplitSizeOrTheYardstickItCannotTell() {
        assertThat(RelianceJudge.judge(0.98, null, 0.01)).isEqualTo(RelianceVerdict.CANNOT_TELL);
        assertThat(RelianceJudge.judge(0.98, 2000L, null)).isEqualTo(RelianceVerdict.CANNOT_TELL);
    }

    @Test
    void seedsMustAgree() {
        assertThat(RelianceJudge.combine(List.of(RelianceVerdict.USES_SIGNAL, RelianceVerdict.USES_SIGNAL)))
                .isEqualTo(RelianceVerdict.USES_SIGNAL);
        assertThat(RelianceJudge.combine(List.of(RelianceVerdict.USES_SIGNAL, RelianceVerdict.IGNORES_SIGNAL)))
                .isEqualTo(RelianceVerdict.CANNOT_TELL);
        assertThat(RelianceJudge.combine(List.of())).isEqualTo(RelianceVerdict.CANNOT_TELL);
    }
}
