package io.blindspots.convnet.messaging;

import io.blindspots.events.testing.KraftBroker;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/** A real in-JVM KRaft broker with every topic, and a fresh spool directory, for one test class. */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    private KraftBroker broker;
    private Path spool;

    @Override
    public Map<String, String> start() {
        broker = KraftBroker.start();
        try {
            spool = Files.createTempDirectory("convnet-spool");
            return Map.of(
                    "kafka.bootstrap.servers", broker.bootstrapServers(),
                    "blindspots.convnet.spool-directory", spool.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
        }
        if (spool != null) {
            try (Stream<Path> files = Files.walk(spool)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
