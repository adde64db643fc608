package io.blindspots.cli;

import io.blindspots.events.KafkaConnection;
import io.blindspots.events.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Publishes run specs on {@code run-specs}, exactly as a user with kcat would. */
public final class SpecPublisher implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    public SpecPublisher(String bootstrapServers) {
        this(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /**
     * @param connection where the brokers are and how to log in: {@code bootstrap.servers} and, for a secured
     *                   cluster, {@code security.protocol} with the {@code sasl.*} / {@code ssl.*} settings
     *                   ({@link KafkaConnection}; other keys are ignored)
     */
    public SpecPublisher(Map<String, ?> connection) {
        Map<String, Object> config = KafkaConnection.of(connection);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    /**
     * The connection of {@code ./blindspots submit}: the bootstrap servers, then whatever a Kafka client properties
     * file says (a secured cluster's {@code security.protocol}, {@code sasl.*}, {@code ssl.*}; its own
     * {@code bootstrap.servers} wins when it has one).
     */
    public static Map<String, Object> connection(String bootstrapServers, Path clientProperties) throws IOException {
        Map<String, Object> connection = new LinkedHashMap<>();
        connection.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        if (clientProperties != null) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(clientProperties)) {
                properties.load(reader);
            }
            properties.stringPropertyNames().forEach(key -> connection.put(key, properties.getProperty(key)));
        }
        return connection;
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
