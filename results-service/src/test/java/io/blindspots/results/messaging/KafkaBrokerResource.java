package io.blindspots.results.messaging;

import io.blindspots.events.testing.KraftBroker;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** A real in-JVM KRaft broker for the service under test. */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    static KraftBroker broker;

    @Override
    public Map<String, String> start() {
        broker = KraftBroker.start();
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    /** The broker's address, for tests in other packages that publish to it. */
    public static String bootstrapServers() {
        return broker.bootstrapServers();
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
        }
    }
}
