package io.blindspots.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SpecPublisherTest {

    @Test
    void aClientPropertiesFileAddsTheSecuredClustersLoginToTheBootstrapServers(@TempDir Path dir) throws IOException {
        Path properties = dir.resolve("client.properties");
        Files.writeString(properties, """
                # the KafkaUser's SCRAM login
                security.protocol=SASL_SSL
                sasl.mechanism=SCRAM-SHA-512
                sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \\
                    username="alice" password="s3cret";
                ssl.truststore.location=/tmp/ca.p12
                """);

        assertThat(SpecPublisher.connection("kafka:9093", properties))
                .containsEntry("bootstrap.servers", "kafka:9093")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
                        + "username=\"alice\" password=\"s3cret\";")
                .containsEntry("ssl.truststore.location", "/tmp/ca.p12");
    }

    @Test
    void withoutAFileTheConnectionIsTheBootstrapServersAlone(@TempDir Path dir) throws IOException {
        Path properties = dir.resolve("client.properties");
        Files.writeString(properties, "bootstrap.servers=other:9092\n");

        assertThat(SpecPublisher.connection("kafka:9092", null)).containsOnlyKeys("bootstrap.servers");
        assertThat(SpecPublisher.connection("kafka:9092", properties)).containsEntry("bootstrap.servers", "other:9092");
    }
}
