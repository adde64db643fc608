package io.blindspots.results.messaging;

import io.blindspots.events.KafkaConnection;
import io.blindspots.events.Topics;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far the start-up replay of the topics has come. results-service holds no state of its own: each start folds
 * {@code run-events}, {@code training-metrics} and {@code run-samples} from the beginning, and until it has folded
 * every record those topics held when it started, its tables would show runs without their metrics (or a finished
 * run before its scores). So the service is not ready ({@link ReplayReadiness}) until each partition's folded
 * position reaches the end offset it had at start; records published later do not hold readiness back.
 */
@ApplicationScoped
public class ReplayProgress {

    /** The topics the replay folds. */
    static final List<String> TOPICS = List.of(Topics.RUN_EVENTS, Topics.TRAINING_METRICS, Topics.RUN_SAMPLES);
    private static final Logger LOG = Logger.getLogger(ReplayProgress.class);

    private final Map<String, Object> kafka;
    /** Each partition's end offset at start; null until the broker has told it. */
    private volatile Map<TopicPartition, Long> target;
    private final Map<TopicPartition, Long> folded = new ConcurrentHashMap<>();
    private volatile boolean caughtUp;

    @Inject
    public ReplayProgress(@Identifier("default-kafka-broker") Map<String, Object> kafka) {
        this.kafka = kafka;
    }

    /** The record at {@code offset} of the partition has been folded (or skipped as unreadable). */
    public void folded(String topic, int partition, long offset) {
        folded.merge(new TopicPartition(topic, partition), offset + 1, Math::max);
    }

    /** True once every record the topics held at start is folded; stays true from then on. */
    public boolean caughtUp() {
        if (caughtUp) {
            return true;
        }
        Map<TopicPartition, Long> ends = target();
        if (ends == null) {
            return false;
        }
        boolean done = ends.entrySet().stream().allMatch(e -> folded.getOrDefault(e.getKey(), 0L) >= e.getValue());
        if (done) {
            caughtUp = true;
            LOG.infof("replayed the topics up to where they stood at start (%d partitions)", ends.size());
        }
        return done;
    }

    /** What is left to fold, per partition with a gap: for the health check's data. */
    public Map<String, Long> remaining() {
        Map<TopicPartition, Long> ends = target;
        Map<String, Long> left = new java.util.TreeMap<>();
        if (ends != null) {
            ends.forEach((p, end) -> {
                long gap = end - folded.getOrDefault(p, 0L);
                if (gap > 0) {
                    left.put(p.toString(), gap);
                }
            });
        }
        return left;
    }

    private Map<TopicPartition, Long> target() {
        if (target == null) {
            synchronized (this) {
                if (target == null) {
                    target = endOffsets();
                }
            }
        }
        return target;
    }

    private Map<TopicPartition, Long> endOffsets() {
        Map<String, Object> config = KafkaConnection.of(kafka);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        try (KafkaConsumer<byte[], byte[]> consumer =
                     new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = TOPICS.stream().flatMap(topic -> consumer
                    .partitionsFor(topic, Duration.ofSeconds(5)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))).toList();
            return Map.copyOf(consumer.endOffsets(partitions, Duration.ofSeconds(5)));
        } catch (RuntimeException e) {
            LOG.debugf("end offsets not known yet: %s", e.getMessage());
            return null;
        }
    }
}
