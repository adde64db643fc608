package io.blindspots.encoder.messaging;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Makes each run the work of one encoder however many replicas run. {@link SpecIntake} encodes only specs keyed by
 * their own run id (it forwards the others so keyed), so every copy of a spec lands on one partition of
 * {@code run-specs}, owned by one encoder of the group. Ownership moves only in a rebalance, and this listener keeps
 * the hand-over clean: a revoked encoder first finishes the spec it is encoding (its ENCODED event is on the broker
 * before the partition moves), and an encoder given partitions reads {@code run-events} again before its next spec,
 * so it knows what the previous owner encoded.
 */
@ApplicationScoped
@Identifier(SpecOwnership.NAME)
public class SpecOwnership implements KafkaConsumerRebalanceListener {

    /** The listener's name in {@code mp.messaging.incoming.run-specs.consumer-rebalance-listener.name}. */
    public static final String NAME = "run-specs-ownership";
    /** The longest a revocation waits for the spec being encoded: below the default max.poll.interval.ms. */
    static final Duration HAND_OVER = Duration.ofMinutes(4);
    private static final Logger LOG = Logger.getLogger(SpecOwnership.class);

    private final EncodedRuns encodedRuns;
    private final Semaphore encoding = new Semaphore(1);

    public SpecOwnership(EncodedRuns encodedRuns) {
        this.encodedRuns = encodedRuns;
    }

    /** Holds the hand-over back while a spec is being encoded: {@link #endSpec()} must follow in a finally. */
    void beginSpec() {
        encoding.acquireUninterruptibly();
    }

    void endSpec() {
        encoding.release();
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        encodedRuns.reload();
    }

    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        try {
            if (encoding.tryAcquire(HAND_OVER.toMillis(), TimeUnit.MILLISECONDS)) {
                encoding.release();
            } else {
                LOG.warnf("partitions %s move while a spec is still being encoded after %s", partitions, HAND_OVER);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
