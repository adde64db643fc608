package io.blindspots.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SamplesCommandTest {

    @TempDir
    Path dir;

    @Test
    void unknownSignalFailsWithTheAllowedValues() {
        CommandLine cli = new CommandLine(new Blindspots());
        java.io.StringWriter err = new java.io.StringWriter();
        cli.setErr(new java.io.PrintWriter(err));

        int exit = cli.execute("samples", "--signal", "two-pixel", "--out", dir.resolve("x.png").toString());

        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("one-pixel");
    }

    @Test
    void scaleForASignalWithoutOneFailsNamingTheSignal() {
        CommandLine cli = new CommandLine(new Blindspots());
        java.io.StringWriter err = new java.io.StringWriter();
        cli.setErr(new java.io.PrintWriter(err));

        int exit = cli.execute("samples", "--signal", "noise", "--scale", "0.1", "--out",
                dir.resolve("x.png").toString());

        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("--scale").contains("'noise' has no scale");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }
}
