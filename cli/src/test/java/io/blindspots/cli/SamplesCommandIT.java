package io.blindspots.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ./blindspots samples} through the packaged encoder jar's {@code samples} command, as the launcher runs it. */
class SamplesCommandIT {

    @TempDir
    Path dir;

    @Test
    void writesTheSampleGridAsAPngWithoutKafka() throws IOException {
        Path out = dir.resolve("noise.png");

        int exit = new CommandLine(new Blindspots()).execute("samples", "--signal", "noise", "--out", out.toString());

        assertThat(exit).isZero();
        assertThat(ImageIO.read(out.toFile()).getWidth()).isGreaterThan(500);
    }
}
