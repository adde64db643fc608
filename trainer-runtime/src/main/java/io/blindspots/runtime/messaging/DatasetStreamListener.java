package io.blindspots.runtime.messaging;

import io.blindspots.events.Topics;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads the dataset streams. Each record is spooled to disk before this method returns; its offset is committed once
 * its run is done ({@link DatasetOwnership}). Training happens on the {@link TrainingRuns} thread, so the poll loop
 * never waits for a run.
 */
@ApplicationScoped
public class DatasetStreamListener {

    private final TrainingRuns runs;

    DatasetStreamListener(TrainingRuns runs) {
        this.runs = runs;
    }

    @Incoming(Topics.DATASET_BATCHES)
    @Blocking(ordered = true)
    public void consume(ConsumerRecord<String, byte[]> record) {
        runs.offer(new TopicPartition(record.topic(), record.partition()), record.offset(), record.key(),
                record.value());
    }
}
