package io.blindspots.encoder.messaging;

import io.blindspots.events.Json;
import io.blindspots.events.KafkaConnection;
import io.blindspots.events.RunEvent;
import io.blindspots.events.Topics;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The runs whose dataset stream is already on Kafka, so that a spec sent twice is encoded (and trained) once. The
 * truth is the {@code run-events} topic: on first use the set is read from it, from the beginning, which is how it
 * survives restarts.
 */
@ApplicationScoped
public class EncodedRuns {

    private static final Logger LOG = Logger.getLogger(EncodedRuns.class);

    private final Map<String, Object> kafka;
    private final Set<String> encoded = ConcurrentHashMap.newKeySet();
    private volatile boolean loaded;

    @Inject
    public EncodedRuns(@Identifier("default-kafka-broker") Map<String, Object> kafka) {
        this.kafka = kafka;
    }

    public boolean contains(String runId) {
        ensureLoaded();
        return encoded.contains(runId);
    }

    public void add(String runId) {
        encoded.add(runId);
    }

    /**
     * Forgets what was read, so that the next {@link #contains} reads {@code run-events} again: called when this
     * encoder is given spec partitions, which another encoder may have owned and encoded runs of until now.
     */
    public void reload() {
        loaded = false;
    }

    private synchronized void ensureLoaded() {
        if (loaded) {
            return;
        }
        encoded.clear();
        Map<String, Object> config = KafkaConnection.of(kafka);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.RUN_EVENTS, Duration.ofSeconds(30))
                    .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    remember(record.value());
                }
            }
        }
        loaded = true;
        LOG.infof("%d runs already encoded according to %s", encoded.size(), Topics.RUN_EVENTS);
    }

    private void remember(String value) {
        try {
            RunEvent event = Json.read(value, RunEvent.class);
            if (event.type() == RunEvent.Type.ENCODED) {
                encoded.add(event.runId());
            }
        } catch (RuntimeException e) {
            LOG.debugf("skipping unreadable run event: %s", e.getMessage());
        }
    }
}
