package io.blindspots.cli;

import io.blindspots.cli.stack.BrokerProcess;
import io.blindspots.cli.stack.JvmOptions;
import io.blindspots.cli.stack.ManagedProcess;
import io.blindspots.cli.stack.Service;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code ./blindspots bench-publish}: the encoder's publish path against its named reference, a plain KafkaProducer
 * sending the same records, on one fresh broker JVM; the encoder jar's own {@code bench-publish} command does the
 * measuring and prints MB/s per run, medians and the ratio.
 */
@Command(name = "bench-publish", description = "Encoder publish MB/s vs a plain KafkaProducer sending the same "
        + "records to the same fresh broker, alternating; medians and the ratio.")
final class PublishBenchCommand implements Callable<Integer> {

    @Option(names = "--images", defaultValue = "10000", description = "training images per run (${DEFAULT-VALUE};"
            + " plus 3 x a fifth as many test images)")
    int images;

    @Option(names = "--runs", defaultValue = "5", description = "runs of each side (${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--kafka-port", defaultValue = "9192", description = "broker port on 127.0.0.1 (${DEFAULT-VALUE})")
    int kafkaPort;

    @Override
    public Integer call() throws Exception {
        Path home = StackOptions.home();
        Path state = home.resolve(".blindspots/bench-publish");
        DemoCommand.wipe(state);
        try (BrokerProcess broker = BrokerProcess.start(home, state, kafkaPort, kafkaPort + 1)) {
            List<String> command = new ArrayList<>(List.of(ManagedProcess.java()));
            command.addAll(JvmOptions.load(home).launch(Service.ENCODER.name()));
            command.addAll(List.of("-jar", home.resolve(Service.ENCODER.jar()).toString(), "bench-publish",
                    "--bootstrap-servers", broker.bootstrapServers(), "--images", Integer.toString(images),
                    "--runs", Integer.toString(runs)));
            System.out.println("broker at " + broker.bootstrapServers() + "; " + String.join(" ", command.subList(
                    command.size() - 8, command.size())));
            return new ProcessBuilder(command).inheritIO().start().waitFor();
        }
    }
}
