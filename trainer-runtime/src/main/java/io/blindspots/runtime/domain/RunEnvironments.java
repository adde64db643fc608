package io.blindspots.runtime.domain;

import io.blindspots.events.RunEnvironment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/** The {@link RunEnvironment} of this JVM: the build's version and commit, the CPU model, a trainer's backend. */
public final class RunEnvironments {

    static final String BUILD_RESOURCE = "/blindspots-build.properties";

    private RunEnvironments() {
    }

    /** @param backend what the trainer computes with ({@link DatasetTrainer#backend()}) */
    public static RunEnvironment of(String backend) {
        return new RunEnvironment(codeVersion(), cpu(), backend);
    }

    /** "version+commit", from the properties Maven filtered into the trainer-runtime jar. */
    static String codeVersion() {
        Properties build = new Properties();
        try (InputStream in = RunEnvironments.class.getResourceAsStream(BUILD_RESOURCE)) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return build.getProperty("version", "unknown") + "+" + build.getProperty("commit", "unknown");
    }

    /** The first "model name" of /proc/cpuinfo (Linux) with the cores the JVM sees; else the architecture. */
    static String cpu() {
        String model = System.getProperty("os.arch");
        try {
            Path cpuinfo = Path.of("/proc/cpuinfo");
            if (Files.isReadable(cpuinfo)) {
                List<String> lines = Files.readAllLines(cpuinfo);
                model = lines.stream().filter(l -> l.startsWith("model name")).findFirst()
                        .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(model);
            }
        } catch (IOException | UncheckedIOException e) {
            // an unreadable cpuinfo leaves the architecture: the result still names what it can
        }
        return model + ", " + Runtime.getRuntime().availableProcessors() + " cores";
    }
}
