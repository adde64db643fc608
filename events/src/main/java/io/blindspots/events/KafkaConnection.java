package io.blindspots.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a client reaches the cluster: the part of a Kafka client configuration that says where the brokers are and how
 * to authenticate and encrypt ({@code bootstrap.servers}, {@code security.protocol}, every {@code sasl.*} and
 * {@code ssl.*} key), apart from what a client does (serialisers, acks, group). A service's hand-made producers and
 * consumers start from it, so that SASL or TLS set once in the service's Kafka configuration
 * ({@code kafka.security.protocol}, or the environment's {@code KAFKA_SECURITY_PROTOCOL}) reaches every client it
 * opens, not only the messaging channels.
 */
public final class KafkaConnection {

    /** The keys kept: these, and every key under one of {@link #PREFIXES}. */
    public static final List<String> KEYS = List.of("bootstrap.servers", "security.protocol", "client.dns.lookup");
    /** The key prefixes kept. */
    public static final List<String> PREFIXES = List.of("sasl.", "ssl.");

    private KafkaConnection() {
    }

    /** The connection settings of {@code config}, in a new mutable map a client adds its own settings to. */
    public static Map<String, Object> of(Map<String, ?> config) {
        Map<String, Object> connection = new LinkedHashMap<>();
        config.forEach((key, value) -> {
            if (value != null && (KEYS.contains(key) || PREFIXES.stream().anyMatch(key::startsWith))) {
                connection.put(key, value);
            }
        });
        return connection;
    }
}
