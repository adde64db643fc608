package io.blindspots.encoder.command;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

import java.util.Arrays;

/**
 * The encoder's entry point ({@code java -jar encoder-service/target/quarkus-app/quarkus-run.jar}): with no
 * arguments, the service; with {@code samples ...}, the command-line tool {@link SamplesTool}, which writes a run's
 * sample picture and exits without starting Quarkus (no Kafka, no HTTP port), so it runs beside a running stack;
 * with {@code bench-publish ...}, {@link PublishBench}: the encoder's publish path against a plain producer.
 */
@QuarkusMain
public final class EncoderMain {

    private EncoderMain() {
    }

    public static void main(String... args) {
        if (args.length > 0 && SamplesTool.NAME.equals(args[0])) {
            System.exit(SamplesTool.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && PublishBench.NAME.equals(args[0])) {
            System.exit(PublishBench.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        Quarkus.run(args);
    }
}
