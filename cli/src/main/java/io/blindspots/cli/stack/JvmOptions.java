package io.blindspots.cli.stack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The services' JVM flags as {@code deploy/jvm-options.properties} lists them, the one place they are written: the
 * launcher starts services with them, and the images and manifests are checked against them.
 */
public final class JvmOptions {

    public static final String FILE = "deploy/jvm-options.properties";
    private final Properties properties;

    private JvmOptions(Properties properties) {
        this.properties = properties;
    }

    /** @param home the repository root */
    public static JvmOptions load(Path home) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(home.resolve(FILE))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + home.resolve(FILE), e);
        }
        return new JvmOptions(properties);
    }

    /** The flags of every service JVM. */
    public List<String> common() {
        return flags("all");
    }

    /** The service's own flags, wherever it runs (beyond {@link #common()}). */
    public List<String> own(String service) {
        return flags(service);
    }

    /** The service's heap and off-heap sizes. */
    public List<String> memory(String service) {
        return flags(service + ".memory");
    }

    /** Everything the launcher starts the service's JVM with: common, own and memory flags. */
    public List<String> launch(String service) {
        List<String> all = new ArrayList<>(common());
        all.addAll(own(service));
        all.addAll(memory(service));
        return all;
    }

    private List<String> flags(String key) {
        String value = properties.getProperty(key, "").trim();
        return value.isEmpty() ? List.of() : Arrays.asList(value.split("\\s+"));
    }
}
