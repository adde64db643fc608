package io.blindspots.cli.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything {@code ./blindspots demo} runs on one machine: a Kafka broker JVM and the four service JVMs, each ready
 * before the next starts, all stopped together (services first, then the broker).
 */
public final class LocalStack implements AutoCloseable {

    private final Path home;
    private final Path stateDir;
    private final Map<String, Integer> requestedPorts;
    private volatile BrokerProcess broker;
    private final Map<Service, ManagedProcess> services;
    private final Map<Service, Integer> ports;
    private final Map<String, String> environment;

    private LocalStack(Path home, Path stateDir, Map<String, Integer> requestedPorts, BrokerProcess broker,
                       Map<Service, ManagedProcess> services, Map<Service, Integer> ports,
                       Map<String, String> environment) {
        this.home = home;
        this.environment = environment;
        this.stateDir = stateDir;
        this.requestedPorts = requestedPorts;
        this.broker = broker;
        this.services = services;
        this.ports = ports;
    }

    /**
     * @param home     the repository root, where the services' packaged jars are
     * @param stateDir a fresh directory for broker data, spools and logs
     * @param ports    the ports to use: "kafka", "controller" and each service's name
     * @param progress told what starts, in plain words
     */
    public static LocalStack start(Path home, Path stateDir, Map<String, Integer> ports,
                                   java.util.function.Consumer<String> progress) {
        return start(home, stateDir, ports, progress, Map.of());
    }

    /**
     * As above, with {@code environment} added to every service's (service configuration by environment variable,
     * as in a container: {@code BLINDSPOTS_ENCODER_TEXT_CSV_DIR=...}).
     */
    public static LocalStack start(Path home, Path stateDir, Map<String, Integer> ports,
                                   java.util.function.Consumer<String> progress, Map<String, String> environment) {
        for (Service service : Service.ALL) {
            if (!Files.exists(home.resolve(service.jar()))) {
                throw new IllegalStateException(service.jar() + " is missing: build first (./mvnw -DskipTests package)");
            }
        }
        progress.accept("starting Kafka (KRaft) on 127.0.0.1:" + ports.get("kafka"));
        BrokerProcess broker = BrokerProcess.start(home, stateDir, ports.get("kafka"), ports.get("controller"));
        Map<Service, ManagedProcess> started = new LinkedHashMap<>();
        Map<Service, Integer> servicePorts = new LinkedHashMap<>();
        LocalStack stack = new LocalStack(home, stateDir, Map.copyOf(ports), broker, started, servicePorts,
                Map.copyOf(environment));
        try {
            for (Service service : Service.ALL) {
                int port = ports.getOrDefault(service.name(), service.port());
                servicePorts.put(service, port);
                progress.accept("starting " + service.name() + " on http://127.0.0.1:" + port);
                started.put(service, stack.launch(service));
            }
            for (Service service : Service.ALL) {
                started.get(service).awaitReady(() -> healthy(servicePorts.get(service)), Duration.ofSeconds(120));
            }
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    private ManagedProcess launch(Service service) {
        return ManagedProcess.start(service.name(), command(home, stateDir, service, ports.get(service),
                        service.name()),
                serviceEnvironment(), home, stateDir.resolve("logs/" + service.name() + ".log"));
    }

    /**
     * Starts one more instance of {@code service} (a second replica in its consumer group) on {@code port}, with a
     * data directory and log of its own, and waits until it is ready; the caller closes it.
     */
    public ManagedProcess startReplica(Service service, int port) {
        String instance = service.name() + "-replica-" + port;
        ManagedProcess process = ManagedProcess.start(instance, command(home, stateDir, service, port, instance),
                serviceEnvironment(), home, stateDir.resolve("logs/" + instance + ".log"));
        process.awaitReady(() -> healthy(port), Duration.ofSeconds(120));
        return process;
    }

    private Map<String, String> serviceEnvironment() {
        Map<String, String> env = new LinkedHashMap<>(environment);
        env.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        return env;
    }

    /** Kills {@code service} with SIGKILL, as a crash or an OOM killer would: no shutdown hook runs. */
    public void kill(Service service) {
        services.get(service).kill();
    }

    /**
     * Starts {@code service} again (after {@link #kill} or a crash), on the same port, data directory and broker,
     * and waits until it is ready; its log continues in the same file.
     */
    public void restart(Service service) {
        ManagedProcess old = services.get(service);
        if (old.isAlive()) {
            old.close();
        }
        ManagedProcess process = launch(service);
        services.put(service, process);
        process.awaitReady(() -> healthy(ports.get(service)), Duration.ofSeconds(120));
    }

    /** Stops the broker (SIGTERM, as an operator or a node drain would) and leaves the services running. */
    public void stopBroker() {
        broker.close();
    }

    /** Starts the broker again on its kept data and ports; the services are expected to reconnect by themselves. */
    public void startBroker() {
        broker = BrokerProcess.start(home, stateDir, requestedPorts.get("kafka"), requestedPorts.get("controller"));
    }

    /** @param instance names the instance's data directory: the service's name, or a replica's own */
    private static List<String> command(Path home, Path stateDir, Service service, int port, String instance) {
        Path data = stateDir.resolve(instance).toAbsolutePath();
        try {
            Files.createDirectories(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = new ArrayList<>(List.of(ManagedProcess.java()));
        command.addAll(JvmOptions.load(home).launch(service.name()));
        command.addAll(List.of("-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                "-Dblindspots.data-dir=" + data,
                "-Dorg.bytedeco.javacpp.cachedir=" + home.resolve(".blindspots/javacpp").toAbsolutePath()));
        command.addAll(List.of("-jar", home.resolve(service.jar()).toAbsolutePath().toString()));
        return command;
    }

    private static boolean healthy(int port) {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    public String resultsUrl() {
        return url(Service.RESULTS);
    }

    /** The directory of broker data, spools and logs ({@code logs/<service>.log}). */
    public Path stateDir() {
        return stateDir;
    }

    /** Where {@code service} serves its REST, health and metrics endpoints. */
    public String url(Service service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    /** The running process of {@code service}. */
    public ManagedProcess process(Service service) {
        return services.get(service);
    }

    /** The services that died since they started (a crash during the demo must not go unnoticed). */
    public List<ManagedProcess> deadServices() {
        List<ManagedProcess> dead = new ArrayList<>();
        services.values().stream().filter(p -> !p.isAlive()).forEach(dead::add);
        if (!broker.process().isAlive()) {
            dead.add(broker.process());
        }
        return dead;
    }

    public List<ManagedProcess> processes() {
        List<ManagedProcess> all = new ArrayList<>(services.values());
        all.add(broker.process());
        return all;
    }

    @Override
    public void close() {
        List<ManagedProcess> running = new ArrayList<>(services.values());
        running.reversed().parallelStream().forEach(ManagedProcess::close);
        broker.close();
    }
}
