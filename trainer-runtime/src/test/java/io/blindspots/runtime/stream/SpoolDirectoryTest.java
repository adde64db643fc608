package io.blindspots.runtime.stream;

import io.blindspots.events.Split;
import io.blindspots.events.stream.CorruptStreamException;
import io.blindspots.events.stream.DatasetStreamCodec;
import io.blindspots.events.stream.StreamBatch;
import io.blindspots.events.stream.StreamFixtures;
import io.blindspots.events.stream.StreamRecord;
import io.blindspots.runtime.domain.RunOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.blindspots.events.stream.StreamFixtures.RUN;
import static io.blindspots.events.stream.StreamFixtures.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpoolDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void footerCompletesTheRunAndDoneRunsIgnoreRedelivery() {
        SpoolDirectory spools = new SpoolDirectory(dir);
        List<StreamRecord> records = stream(5, 2);

        for (StreamRecord r : records.subList(0, records.size() - 1)) {
            assertThat(spools.offer(RUN, DatasetStreamCodec.encode(r))).isEqualTo(SpoolDirectory.Offer.SPOOLED);
        }
        assertThat(spools.offer(RUN, DatasetStreamCodec.encode(records.getLast())))
                .isEqualTo(SpoolDirectory.Offer.COMPLETE);
        assertThat(spools.assemble(RUN).split(Split.TRAIN).count()).isEqualTo(5);

        spools.markDone(RUN, RunOutcome.trained());

        assertThat(spools.offer(RUN, DatasetStreamCodec.encode(records.get(1))))
                .isEqualTo(SpoolDirectory.Offer.ALREADY_DONE);
        assertThat(spools.outcome(RUN)).contains(RunOutcome.trained());
    }

    @Test
    void theHeaderOfARunNotAskedOfThisTrainerIsNotSpooled() {
        SpoolDirectory spools = new SpoolDirectory(dir);
        List<StreamRecord> records = stream(5, 2);

        assertThat(spools.offer(RUN, DatasetStreamCodec.encode(records.getFirst()), spec -> false))
                .isEqualTo(SpoolDirectory.Offer.NOT_ASKED);

        assertThat(dir.resolve(RUN + ".spool")).doesNotExist();
    }

    @Test
    void completeRunsNotYetTrainedAreFoundAfterARestart() {
        List<StreamRecord> records = stream(5, 2);
        SpoolDirectory before = new SpoolDirectory(dir);
        records.forEach(r -> before.offer(RUN, DatasetStreamCodec.encode(r)));

        SpoolDirectory after = new SpoolDirectory(dir);

        assertThat(after.completeButNotDone()).containsExactly(RUN);
        after.markDone(RUN, RunOutcome.failed("corrupt dataset stream: checksum"));
        assertThat(after.completeButNotDone()).isEmpty();
    }

    @Test
    void sequenceStreamRoundTripsThroughTheSpool() {
        List<StreamRecord> records = stream(StreamFixtures.SEQUENCE, 7, 4);
        SpoolDirectory spools = new SpoolDirectory(dir);
        records.forEach(r -> spools.offer(RUN, DatasetStreamCodec.encode(r)));

        ReceivedDataset dataset = new SpoolDirectory(dir).assemble(RUN);

        assertThat(dataset.header().shape()).isEqualTo(StreamFixtures.SEQUENCE);
        assertThat(dataset.split(Split.TRAIN).count()).isEqualTo(7);
        assertThat(dataset.split(Split.CLEAN).sample(0))
                .containsExactly(java.util.Arrays.copyOfRange(((StreamBatch) records.get(4)).values(), 0, 12));
    }

    @Test
    void outcomeAndItsReasonSurviveARestart() {
        new SpoolDirectory(dir).markDone(RUN, RunOutcome.failed("corrupt dataset stream: checksum"));

        assertThat(new SpoolDirectory(dir).outcome(RUN))
                .contains(RunOutcome.failed("corrupt dataset stream: checksum"));
    }

    @Test
    void corruptRecordIsRefusedBeforeItReachesTheSpool() {
        SpoolDirectory spools = new SpoolDirectory(dir);
        byte[] bytes = DatasetStreamCodec.encode(stream(5, 2).getFirst());
        bytes[bytes.length - 1] ^= 1;

        assertThatThrownBy(() -> spools.offer(RUN, bytes)).isInstanceOf(CorruptStreamException.class);
        assertThat(spools.completeButNotDone()).isEmpty();
    }

    @Test
    void recordUnderAnotherRunsKeyIsRefused() {
        SpoolDirectory spools = new SpoolDirectory(dir);

        assertThatThrownBy(() -> spools.offer("run-other", DatasetStreamCodec.encode(stream(5, 2).getFirst())))
                .hasMessageContaining("under the key run-other");
    }
}
