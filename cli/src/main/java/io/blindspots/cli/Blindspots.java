package io.blindspots.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./blindspots}: run the demo, submit specs, read the status of a running stack. */
@Command(name = "blindspots", mixinStandardHelpOptions = true, version = "blindspots 0.1.0",
        description = "Can a ConvNet see a signal that a decision tree finds at once?",
        subcommands = {DemoCommand.class, UpCommand.class, SubmitCommand.class, StatusCommand.class, SamplesCommand.class,
            BenchCommand.class, MapCommand.class, PublishBenchCommand.class,
            LatencyBenchCommand.class, ImagesCommand.class})
public final class Blindspots {

    public static void main(String[] args) {
        System.exit(new CommandLine(new Blindspots()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }
}
