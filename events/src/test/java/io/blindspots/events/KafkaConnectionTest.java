package io.blindspots.events;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaConnectionTest {

    @Test
    void keepsWhereTheBrokersAreAndHowToAuthenticateAndDropsWhatAClientDoes() {
        Map<String, Object> service = new HashMap<>(Map.of(
                "bootstrap.servers", "kafka:9093",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "ssl.truststore.location", "/etc/kafka/ca.p12",
                "group.id", "encoder-service",
                "value.serializer", "x",
                "acks", "all"));

        Map<String, Object> connection = KafkaConnection.of(service);

        assertThat(connection).containsOnlyKeys("bootstrap.servers", "security.protocol", "sasl.mechanism",
                "sasl.jaas.config", "ssl.truststore.location");
        connection.put("acks", "1");
        assertThat(service).containsEntry("acks", "all");
    }

    @Test
    void aPlaintextConfigurationGivesTheBootstrapServersAlone() {
        assertThat(KafkaConnection.of(Map.of("bootstrap.servers", "localhost:9092", "group.id", "g")))
                .containsExactly(Map.entry("bootstrap.servers", "localhost:9092"));
    }
}
