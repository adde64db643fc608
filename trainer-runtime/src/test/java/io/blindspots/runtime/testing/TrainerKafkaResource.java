package io.blindspots.runtime.testing;

import io.blindspots.events.testing.KraftBroker;
import io.blindspots.runtime.stream.SpoolDirectory;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * For a trainer's ITs: a real in-JVM KRaft broker with every topic, and a fresh spool directory (a spool left by an
 * earlier test run would mark the tests' runs as done already). A subclass may {@link #seed} the spool, as a trainer
 * stopped between spooling and training would have left it.
 */
public class TrainerKafkaResource implements QuarkusTestResourceLifecycleManager {

    private static volatile KraftBroker broker;
    private Path spool;

    /** The broker of the test class running now. */
    public static KraftBroker broker() {
        return broker;
    }

    @Override
    public Map<String, String> start() {
        broker = KraftBroker.start();
        try {
            spool = Files.createTempDirectory("trainer-spool");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        seed(new SpoolDirectory(spool));
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers(),
                "blindspots.trainer.spool-directory", spool.toString());
    }

    /** Puts records into the spool before the service starts; nothing by default. */
    protected void seed(SpoolDirectory spoolDirectory) {
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
