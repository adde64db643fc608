package io.blindspots.runtime.messaging;

import io.blindspots.events.Topics;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Makes a run the work of the trainer that owns its partition of {@code dataset-batches}, however many replicas of a
 * trainer run: commits each partition only up to the first record of its oldest undone run ({@link RunOffsets}),
 * and when a rebalance moves partitions away, stops taking their records, lets the run in training finish (up to
 * {@code blindspots.trainer.hand-over-timeout}), commits the position and leaves the other undone runs to the new
 * owner, which reads them again from their first record.
 * The channel's own commit strategy is {@code ignore}: this class is the only one that commits.
 */
@ApplicationScoped
@Identifier(DatasetOwnership.NAME)
public class DatasetOwnership implements KafkaConsumerRebalanceListener {

    /** The listener's name in {@code mp.messaging.incoming.dataset-batches.consumer-rebalance-listener.name}. */
    public static final String NAME = "dataset-batches-ownership";
    private static final Duration COMMIT_EVERY = Duration.ofSeconds(2);
    private static final Logger LOG = Logger.getLogger(DatasetOwnership.class);

    private final RunOffsets offsets;
    private final TrainingRuns runs;
    private final KafkaClientService clients;
    private ScheduledExecutorService committer;

    DatasetOwnership(RunOffsets offsets, TrainingRuns runs, KafkaClientService clients) {
        this.offsets = offsets;
        this.runs = runs;
        this.clients = clients;
    }

    void onStart(@Observes StartupEvent event) {
        committer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("dataset-offsets").factory());
        committer.scheduleWithFixedDelay(this::commit, COMMIT_EVERY.toMillis(), COMMIT_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        committer.shutdownNow();
        commit();
    }

    /** Commits the positions that moved since the last commit, on the poll thread. */
    void commit() {
        Map<TopicPartition, OffsetAndMetadata> positions = offsets.toCommit();
        if (positions.isEmpty()) {
            return;
        }
        try {
            KafkaConsumer<Object, Object> consumer = clients.getConsumer(Topics.DATASET_BATCHES);
            if (consumer != null) {
                consumer.commit(positions).await().atMost(Duration.ofSeconds(30));
                offsets.committed(positions);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Could not commit %s (tried again shortly): %s", positions, e.getMessage());
        }
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        offsets.assigned(partitions);
    }

    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return;
        }
        runs.handOver(offsets.close(partitions));
        Map<TopicPartition, OffsetAndMetadata> last = offsets.revoke(partitions);
        try {
            if (!last.isEmpty()) {
                consumer.commitSync(last);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Could not commit %s on revocation: the next owner reads a little more again (%s)", last,
                    e.getMessage());
        }
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        // lost, not revoked: another member may own them already, so nothing is committed and nothing waited for
        runs.release(offsets.close(partitions));
        offsets.revoke(partitions);
    }
}
