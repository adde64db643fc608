package io.blindspots.cli.stack;

import io.blindspots.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Kafka broker (KRaft, broker and controller in one JVM) started from the Kafka jars the launcher was built
 * with, configured from {@code deploy/local/kafka-server.properties}, bound to 127.0.0.1.
 */
public final class BrokerProcess implements AutoCloseable {

    private final ManagedProcess process;
    private final String bootstrapServers;

    private BrokerProcess(ManagedProcess process, String bootstrapServers) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Formats a fresh data directory under {@code stateDir}, starts the broker and creates the system's topics.
     *
     * @param home      the repository root (for {@code deploy/local} and the launcher's classpath)
     * @param stateDir  where the broker's data and log go
     */
    public static BrokerProcess start(Path home, Path stateDir, int brokerPort, int controllerPort) {
        Path config = writeConfig(home, stateDir, brokerPort, controllerPort);
        String classpath = home.resolve("cli/target/lib").toAbsolutePath() + "/*";
        List<String> base = List.of(ManagedProcess.java(), "-Xms128m", "-Xmx512m",
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-Dlog4j2.configurationFile=" + home.resolve("deploy/local/broker-log4j2.properties").toAbsolutePath(),
                "-Dblindspots.broker.log=" + stateDir.resolve("logs/kafka.log").toAbsolutePath(),
                "-cp", classpath);
        format(base, config, stateDir);
        List<String> command = new ArrayList<>(base);
        command.addAll(List.of("kafka.Kafka", config.toString()));
        ManagedProcess process = ManagedProcess.start("kafka", command, Map.of(), home,
                stateDir.resolve("logs/kafka.out"));
        String bootstrap = "127.0.0.1:" + brokerPort;
        BrokerProcess broker = new BrokerProcess(process, bootstrap);
        process.awaitReady(broker::createTopics, Duration.ofSeconds(60));
        return broker;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public ManagedProcess process() {
        return process;
    }

    private static Path writeConfig(Path home, Path stateDir, int brokerPort, int controllerPort) {
        try {
            String template = Files.readString(home.resolve("deploy/local/kafka-server.properties"));
            Path data = stateDir.resolve("kafka-data").toAbsolutePath();
            String config = template.replace("${broker.port}", Integer.toString(brokerPort))
                    .replace("${controller.port}", Integer.toString(controllerPort))
                    .replace("${log.dirs}", data.toString());
            Files.createDirectories(stateDir.resolve("logs"));
            Path file = stateDir.resolve("kafka-server.properties");
            Files.writeString(file, config);
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the broker config under " + stateDir, e);
        }
    }

    private static void format(List<String> base, Path config, Path stateDir) {
        if (Files.exists(stateDir.resolve("kafka-data/meta.properties"))) {
            return; // formatted before (./blindspots up on kept state): its cluster id stays, the data is reused
        }
        List<String> command = new ArrayList<>(base);
        command.addAll(List.of("kafka.tools.StorageTool", "format", "--ignore-formatted", "-t",
                Uuid.randomUuid().toString(), "-c", config.toString()));
        try {
            Process format = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(stateDir.resolve("logs/kafka-format.out").toFile()).start();
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                format.destroyForcibly();
                throw new IllegalStateException("formatting the Kafka storage failed; see "
                        + stateDir.resolve("logs/kafka-format.out"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the Kafka storage tool", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while formatting Kafka storage", e);
        }
    }

    /** True once the broker answers and every topic exists (creating the missing ones). */
    private boolean createTopics() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000))) {
            var existing = admin.listTopics().names().get(3, TimeUnit.SECONDS);
            List<NewTopic> missing = Topics.ALL.stream().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, 3, (short) 1)).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(10, TimeUnit.SECONDS);
            }
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        process.close();
    }
}
