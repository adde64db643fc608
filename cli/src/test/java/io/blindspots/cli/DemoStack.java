package io.blindspots.cli;

import io.blindspots.cli.stack.LocalStack;
import io.blindspots.cli.stack.Service;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * The costly part of the end-to-end tests, made once per test run and shared: the broker JVM with the four packaged
 * services, and the default suite run through them. Each test asks for what it needs ({@link #stack()},
 * {@link #suite()}); whatever is asked first is made then, so any test runs alone and in any order.
 */
final class DemoStack implements AutoCloseable {

    private final LocalStack stack;
    private final Path state;
    private final Map<String, Integer> ports;
    private Suite suite;

    private DemoStack(LocalStack stack, Path state, Map<String, Integer> ports) {
        this.stack = stack;
        this.state = state;
        this.ports = ports;
    }

    /** The default suite's outcome and what the demo printed while following it. */
    record Suite(Demo.Outcome outcome, String screen) {
    }

    private static DemoStack start() {
        try {
            Path home = Path.of(System.getProperty("blindspots.home", "..")).toAbsolutePath().normalize();
            Path state = Files.createTempDirectory(home.resolve("cli/target"), "demo-it-");
            Map<String, Integer> ports = new HashMap<>();
            ports.put("kafka", freePort());
            ports.put("controller", freePort());
            for (Service service : Service.ALL) {
                ports.put(service.name(), freePort());
            }
            return new DemoStack(LocalStack.start(home, state, ports, line -> { }), state, ports);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    LocalStack stack() {
        return stack;
    }

    /** A fresh directory for one test's own files. */
    Path directory(String name) {
        return state.resolve(name);
    }

    int port(Service service) {
        return ports.get(service.name());
    }

    /** The default suite (1,000 training and 200 test images per split, one epoch), run on the first call. */
    synchronized Suite suite() {
        if (suite == null) {
            ByteArrayOutputStream screen = new ByteArrayOutputStream();
            Demo.Outcome outcome = new Demo(stack, new PrintStream(screen, true, StandardCharsets.UTF_8),
                    DemoStack::pause).run(DefaultSuite.specs(1000, 200, 1, 1), Duration.ofMinutes(10));
            suite = new Suite(outcome, screen.toString(StandardCharsets.UTF_8));
        }
        return suite;
    }

    @Override
    public void close() {
        stack.close();
        if (stack.processes().stream().anyMatch(p -> p.isAlive())) {
            throw new IllegalStateException("a process of the demo stack outlived its close()");
        }
    }

    static void pause(Duration duration) {
        await().pollDelay(duration).atMost(duration.plusSeconds(1)).until(() -> true);
    }

    /** Every record {@code topic} holds now, from the beginning, values read by {@code values}. */
    static <V> List<ConsumerRecord<String, V>> read(LocalStack stack, String topic, Deserializer<V> values) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(config, new StringDeserializer(), values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, V>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    /** A stack of its own for one test class: fresh state in {@code cli/target/<prefix>*}, every port free. */
    static LocalStack startOwn(String prefix) throws IOException {
        return startOwn(prefix, Map.of());
    }

    /** As above, with {@code environment} added to every service's. */
    static LocalStack startOwn(String prefix, Map<String, String> environment) throws IOException {
        Path home = Path.of(System.getProperty("blindspots.home", "..")).toAbsolutePath().normalize();
        Path state = Files.createTempDirectory(home.resolve("cli/target"), prefix);
        Map<String, Integer> ports = new HashMap<>();
        ports.put("kafka", freePort());
        ports.put("controller", freePort());
        for (Service service : Service.ALL) {
            ports.put(service.name(), freePort());
        }
        return LocalStack.start(home, state, ports, line -> { }, environment);
    }

    /** The records of {@code topic} that {@code group} has not committed yet, over all partitions. */
    static long uncommitted(LocalStack stack, String group, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                    .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            long behind = 0;
            for (var end : admin.listOffsets(latest).all().get().entrySet()) {
                OffsetAndMetadata done = committed.get(end.getKey());
                behind += end.getValue().offset() - (done == null ? 0 : done.offset());
            }
            return behind;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Hands tests the one {@link DemoStack}, started on first use and closed by JUnit when the run ends. */
    static final class Extension implements ParameterResolver {

        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DemoStack.class);

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == DemoStack.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(NAMESPACE)
                    .computeIfAbsent(DemoStack.class, key -> DemoStack.start(), DemoStack.class);
        }
    }
}
