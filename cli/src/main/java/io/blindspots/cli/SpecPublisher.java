package io.blindspots.cli;

import io.blindspots.events.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Publishes run specs on {@code run-specs}, exactly as a user with kcat would. */
public final class SpecPublisher implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    public SpecPublisher(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000),
                new StringSerializer(), new StringSerializer());
    }

    /** Sends one spec (key = its run id, or none) and waits for the broker's acknowledgement. */
    public void publish(String runId, String json) {
        try {
            producer.send(new ProducerRecord<>(Topics.RUN_SPECS, runId, json)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing a spec", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not publish to " + Topics.RUN_SPECS + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
