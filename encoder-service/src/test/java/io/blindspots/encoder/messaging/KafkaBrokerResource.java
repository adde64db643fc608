package io.blindspots.encoder.messaging;

import io.blindspots.events.testing.KraftBroker;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** A real in-JVM KRaft broker for the service under test. */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    static KraftBroker broker;

    @Override
    public Map<String, String> start() {
        broker = KraftBroker.start();
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers(),
                "blindspots.encoder.text-csv-dir", "target/text-csv");
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
        }
    }
}
