package io.blindspots.encoder.messaging;

import io.blindspots.events.Headers;
import io.blindspots.events.Json;
import io.blindspots.events.KafkaConnection;
import io.blindspots.events.RunEvent;
import io.blindspots.events.Topics;
import io.blindspots.events.stream.DatasetStreamCodec;
import io.blindspots.events.stream.StreamRecord;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Everything the encoder writes to Kafka, through one idempotent producer: a run's stream goes out pipelined (many
 * records in flight, order kept per partition) and is confirmed as a whole before the run counts as encoded.
 */
@ApplicationScoped
public class EncoderPublisher {

    static final String SOURCE = "encoder-service";

    private final KafkaProducer<String, byte[]> producer;

    @Inject
    public EncoderPublisher(@Identifier("default-kafka-broker") Map<String, Object> kafka) {
        Map<String, Object> config = KafkaConnection.of(kafka);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, SOURCE);
        producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    public void runEvent(RunEvent event) {
        await(producer.send(new ProducerRecord<>(Topics.RUN_EVENTS, event.runId(),
                Json.write(event).getBytes(StandardCharsets.UTF_8))));
    }

    /** Publishes the raw payload as received, with the reason in {@link Headers#ERROR}. */
    public void reject(String key, byte[] payload, String reason) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.RUN_SPECS_REJECTED, key, payload);
        record.headers().add(Headers.ERROR, reason.getBytes(StandardCharsets.UTF_8));
        record.headers().add(Headers.REJECTED_BY, SOURCE.getBytes(StandardCharsets.UTF_8));
        await(producer.send(record));
    }

    /** Publishes a spec again on {@link Topics#RUN_SPECS}, keyed by its run id, and waits for the broker. */
    public void forward(String runId, byte[] payload) {
        await(producer.send(new ProducerRecord<>(Topics.RUN_SPECS, runId, payload)));
    }

    /** Publishes a run's sample picture (PNG) on {@link Topics#RUN_SAMPLES}. */
    public void samples(String runId, byte[] png) {
        await(producer.send(new ProducerRecord<>(Topics.RUN_SAMPLES, runId, png)));
    }

    /** Sends a run's stream records in order; {@link Stream#confirm()} waits until the broker has them all. */
    public Stream stream() {
        return new Stream();
    }

    /** Flushes and closes the producer. */
    @PreDestroy
    public void close() {
        producer.close();
    }

    private static RecordMetadata await(Future<RecordMetadata> sent) {
        try {
            return sent.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException("interrupted while publishing", e);
        } catch (ExecutionException e) {
            throw new PublishException("Kafka refused a record: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** One run's records in flight. */
    public final class Stream {

        private final List<Future<RecordMetadata>> inFlight = new ArrayList<>();

        public void send(StreamRecord record) {
            inFlight.add(producer.send(new ProducerRecord<>(Topics.DATASET_BATCHES, record.runId(),
                    DatasetStreamCodec.encode(record))));
        }

        public void confirm() {
            producer.flush();
            inFlight.forEach(EncoderPublisher::await);
            inFlight.clear();
        }
    }
}
