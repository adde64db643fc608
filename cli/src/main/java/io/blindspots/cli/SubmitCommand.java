package io.blindspots.cli;

import io.blindspots.events.InvalidSpecException;
import io.blindspots.events.RunSpec;
import io.blindspots.events.RunSpecs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code ./blindspots submit spec.json}: checks a spec locally, then publishes it to a running stack. */
@Command(name = "submit", description = "Publish run spec files on the run-specs topic.")
final class SubmitCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "SPEC.json", description = "run spec files (JSON)")
    Path[] files;

    @Option(names = "--bootstrap-servers", defaultValue = "${env:KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:9092}",
            description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE})")
    String bootstrapServers;

    @Option(names = "--kafka-config", paramLabel = "client.properties", description = "Kafka client properties for"
            + " a secured cluster (security.protocol, sasl.*, ssl.*: e.g. the SCRAM login of your KafkaUser)")
    Path kafkaConfig;

    @Option(names = "--no-check", description = "publish even a spec that fails the local check "
            + "(the encoder then puts it on run-specs-rejected)")
    boolean noCheck;

    @Override
    public Integer call() throws IOException {
        try (SpecPublisher publisher = new SpecPublisher(SpecPublisher.connection(bootstrapServers, kafkaConfig))) {
            for (Path file : files) {
                String json = Files.readString(file);
                String runId = null;
                try {
                    RunSpec spec = RunSpecs.parse(json);
                    runId = spec.runId();
                } catch (InvalidSpecException e) {
                    System.err.println(file + ": " + e.getMessage());
                    if (!noCheck) {
                        return 2;
                    }
                }
                publisher.publish(runId, json);
                System.out.println(file + " -> " + (runId == null ? "(rejected run)" : runId));
            }
        }
        return 0;
    }
}
