package io.blindspots.baseline.messaging;

import io.blindspots.baseline.OnePixelStreams;
import io.blindspots.events.RunSpec;
import io.blindspots.events.stream.DatasetStreamCodec;
import io.blindspots.events.stream.SpoolDirectory;
import io.blindspots.events.testing.KraftBroker;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real in-JVM KRaft broker for the service under test, and a fresh spool directory (a spool left by an earlier test
 * run would mark the tests' runs as done already) that already holds one whole, untrained run, as a trainer stopped
 * between spooling and training would have left it.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    static final RunSpec LEFT_IN_SPOOL = OnePixelStreams.spec("it-left-in-spool", "\"decision-tree\"");

    static KraftBroker broker;

    @Override
    public Map<String, String> start() {
        broker = KraftBroker.start();
        try {
            Path spoolDirectory = Files.createTempDirectory("baseline-spool");
            SpoolDirectory spool = new SpoolDirectory(spoolDirectory);
            OnePixelStreams.stream(LEFT_IN_SPOOL, 1000, 100, 26)
                    .forEach(r -> spool.offer(r.runId(), DatasetStreamCodec.encode(r)));
            return Map.of("kafka.bootstrap.servers", broker.bootstrapServers(),
                    "blindspots.baseline.spool-directory", spoolDirectory.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
        }
    }
}
