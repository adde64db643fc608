package io.blindspots.runtime.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which offsets of the dataset topic a trainer may commit: on each partition, up to the first record of the oldest
 * run that is not done yet (trained, failed or skipped), else past the last record taken. So Kafka, not the local
 * spool, holds every run until it is done: a trainer that stops or crashes, or whose partition moves to another
 * replica, leaves each undone run to be read again from its first record by whoever owns the partition next, and a
 * replica never starts reading a stream in its middle. Thread-safe: the poll thread, the training thread and the
 * committer all call it.
 */
@ApplicationScoped
public class RunOffsets {

    private final Map<TopicPartition, Partition> partitions = new HashMap<>();
    /** Partitions being handed over: their records are no longer taken. */
    private final Set<TopicPartition> closing = new HashSet<>();
    /** What was last committed per partition, so an unchanged position is not committed again. */
    private final Map<TopicPartition, Long> committed = new HashMap<>();

    private static final class Partition {
        /** The offset after the last record taken. */
        private long next;
        /** Undone runs on this partition and the offset of the first record of each taken since assignment. */
        private final Map<String, Long> open = new HashMap<>();
    }

    /** The partitions are this trainer's now: their records are taken. */
    public synchronized void assigned(Collection<TopicPartition> assigned) {
        assigned.forEach(p -> partitions.putIfAbsent(p, new Partition()));
        closing.removeAll(assigned);
    }

    /**
     * The partitions are about to go to another trainer: their records are refused from now on, and the undone runs
     * with records on them (and on no partition this trainer keeps) are returned, to be handed over.
     */
    public synchronized Set<String> close(Collection<TopicPartition> leaving) {
        closing.addAll(leaving);
        Set<String> runs = new HashSet<>();
        leaving.stream().map(partitions::get).filter(p -> p != null).forEach(p -> runs.addAll(p.open.keySet()));
        partitions.forEach((partition, state) -> {
            if (!leaving.contains(partition)) {
                runs.removeAll(state.open.keySet());
            }
        });
        return runs;
    }

    /**
     * Takes note of one record, read at {@code offset} of {@code partition}.
     *
     * @param open whether its run is undone: not done already, nor failed by this record
     * @return false when the partition is not this trainer's (revoked since the record was polled): drop the record,
     *         the partition's new owner reads it
     */
    public synchronized boolean taken(TopicPartition partition, long offset, String runId, boolean open) {
        Partition state = partitions.get(partition);
        if (state == null || closing.contains(partition)) {
            return false;
        }
        state.next = Math.max(state.next, offset + 1);
        if (open) {
            state.open.merge(runId, offset, Math::min);
        }
        return true;
    }

    /** The run is done: its records no longer hold the commit position back. */
    public synchronized void done(String runId) {
        partitions.values().forEach(p -> p.open.remove(runId));
    }

    /** Whether the run has records on a partition this trainer owns and is not done. */
    public synchronized boolean owns(String runId) {
        return partitions.values().stream().anyMatch(p -> p.open.containsKey(runId));
    }

    /** The positions to commit now on the partitions that moved since the last {@linkplain #committed commit}. */
    public synchronized Map<TopicPartition, OffsetAndMetadata> toCommit() {
        return toCommit(partitions.keySet());
    }

    /** The broker took these positions. */
    public synchronized void committed(Map<TopicPartition, OffsetAndMetadata> positions) {
        positions.forEach((partition, position) -> {
            if (partitions.containsKey(partition)) {
                committed.put(partition, position.offset());
            }
        });
    }

    /**
     * The partitions go to another trainer: returns the positions to commit on them before they leave (computed now,
     * so a run finished during the hand-over is committed past), and forgets them.
     */
    public synchronized Map<TopicPartition, OffsetAndMetadata> revoke(Collection<TopicPartition> revoked) {
        Map<TopicPartition, OffsetAndMetadata> last = toCommit(revoked);
        revoked.forEach(p -> {
            partitions.remove(p);
            committed.remove(p);
            closing.remove(p);
        });
        return last;
    }

    private Map<TopicPartition, OffsetAndMetadata> toCommit(Collection<TopicPartition> which) {
        Map<TopicPartition, OffsetAndMetadata> out = new HashMap<>();
        for (TopicPartition partition : which) {
            Partition state = partitions.get(partition);
            if (state == null || state.next == 0) {
                continue;
            }
            long position = state.open.values().stream().mapToLong(Long::longValue).min().orElse(state.next);
            Long last = committed.get(partition);
            if (last == null || last != position) {
                out.put(partition, new OffsetAndMetadata(position));
            }
        }
        return out;
    }
}
