package io.blindspots.convnet.command;

import io.blindspots.convnet.bench.ThroughputBench;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

import java.util.Arrays;

/**
 * The trainer's entry point ({@code java -jar convnet-trainer/target/quarkus-app/quarkus-run.jar}): with no
 * arguments, the service; with {@code bench [kdd4|resnet56]}, one {@link ThroughputBench} measurement, which exits
 * without starting Quarkus (no Kafka, no HTTP port).
 */
@QuarkusMain
public final class ConvnetTrainerMain {

    public static final String BENCH = "bench";

    private ConvnetTrainerMain() {
    }

    public static void main(String... args) {
        if (args.length > 0 && BENCH.equals(args[0])) {
            ThroughputBench.main(Arrays.copyOfRange(args, 1, args.length));
            System.exit(0);
        }
        Quarkus.run(args);
    }
}
