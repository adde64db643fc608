package io.blindspots.runtime.messaging;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RunOffsetsTest {

    private static final TopicPartition P0 = new TopicPartition("dataset-batches", 0);
    private static final TopicPartition P1 = new TopicPartition("dataset-batches", 1);

    private final RunOffsets offsets = new RunOffsets();

    @Test
    void theCommitPositionStaysAtTheFirstRecordOfTheOldestUndoneRun() {
        offsets.assigned(List.of(P0));
        for (long offset = 10; offset < 20; offset++) {
            offsets.taken(P0, offset, offset < 15 ? "run-a" : "run-b", true);
        }
        assertThat(offsets.toCommit()).containsExactly(Map.entry(P0, new OffsetAndMetadata(10)));
        offsets.done("run-a");
        assertThat(offsets.toCommit()).containsExactly(Map.entry(P0, new OffsetAndMetadata(15)));
        offsets.done("run-b");
        assertThat(offsets.toCommit()).containsExactly(Map.entry(P0, new OffsetAndMetadata(20)));
    }

    @Test
    void aRunDoneLaterThanANewerOneStillHoldsThePositionBack() {
        offsets.assigned(List.of(P0));
        offsets.taken(P0, 0, "run-a", true);
        offsets.taken(P0, 1, "run-b", true);
        offsets.taken(P0, 2, "run-a", true);
        offsets.done("run-b");
        assertThat(offsets.toCommit()).containsExactly(Map.entry(P0, new OffsetAndMetadata(0)));
    }

    @Test
    void recordsOfDoneRunsDoNotHoldThePositionBack() {
        offsets.assigned(List.of(P0));
        offsets.taken(P0, 5, "run-done-before", false);
        offsets.taken(P0, 6, "run-done-before", false);
        assertThat(offsets.toCommit()).containsExactly(Map.entry(P0, new OffsetAndMetadata(7)));
    }

    @Test
    void aPositionTheBrokerTookIsNotCommittedAgain() {
        offsets.assigned(List.of(P0));
        offsets.taken(P0, 0, "run-a", false);
        Map<TopicPartition, OffsetAndMetadata> first = offsets.toCommit();
        offsets.committed(first);
        assertThat(offsets.toCommit()).isEmpty();
    }

    @Test
    void aPositionNotTakenByTheBrokerIsOfferedAgain() {
        offsets.assigned(List.of(P0));
        offsets.taken(P0, 0, "run-a", false);
        assertThat(offsets.toCommit()).isNotEmpty();
        assertThat(offsets.toCommit()).isNotEmpty();
    }

    @Test
    void recordsOfAPartitionNotAssignedAreRefused() {
        assertThat(offsets.taken(P0, 0, "run-a", true)).isFalse();
        assertThat(offsets.owns("run-a")).isFalse();
    }

    @Test
    void closingAPartitionNamesItsUndoneRunsAndRefusesItsRecords() {
        offsets.assigned(List.of(P0, P1));
        offsets.taken(P0, 3, "run-a", true);
        offsets.taken(P0, 4, "run-b", true);
        offsets.done("run-b");
        offsets.taken(P0, 5, "run-both", true);
        offsets.taken(P1, 8, "run-c", true);
        offsets.taken(P1, 9, "run-both", true);

        assertThat(offsets.close(List.of(P0))).as("run-both stays: it has records on P1 too").containsExactly("run-a");
        assertThat(offsets.taken(P0, 6, "run-d", true)).as("polled while it is handed over").isFalse();
        assertThat(offsets.owns("run-d")).isFalse();
    }

    @Test
    void revokingAPartitionGivesItsPositionAfterTheHandOverAndForgetsIt() {
        offsets.assigned(List.of(P0, P1));
        offsets.taken(P0, 3, "run-a", true);
        offsets.taken(P0, 4, "run-b", true);
        offsets.taken(P1, 8, "run-c", true);
        offsets.close(List.of(P0));
        offsets.done("run-a"); // finished during the hand-over

        assertThat(offsets.revoke(List.of(P0))).containsExactly(Map.entry(P0, new OffsetAndMetadata(4)));
        assertThat(offsets.owns("run-b")).isFalse();
        assertThat(offsets.owns("run-c")).isTrue();
        assertThat(offsets.taken(P0, 5, "run-b", true)).isFalse();
        assertThat(offsets.toCommit()).containsOnlyKeys(P1);
        offsets.assigned(List.of(P0));
        assertThat(offsets.taken(P0, 4, "run-b", true)).as("assigned again: taken from the committed position").isTrue();
    }
}
