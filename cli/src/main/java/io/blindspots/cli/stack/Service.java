package io.blindspots.cli.stack;

import java.util.List;

/**
 * The four services as the launcher starts them: the packaged Quarkus app of each module and its HTTP port. Their
 * JVM flags are in {@code deploy/jvm-options.properties} ({@link JvmOptions}).
 *
 * @param name the module and service name
 * @param port default HTTP port (/q/health, /q/metrics, REST)
 */
public record Service(String name, int port) {

    public static final Service ENCODER = new Service("encoder-service", 8081);
    public static final Service CONVNET = new Service("convnet-trainer", 8082);
    public static final Service BASELINE = new Service("baseline-trainer", 8083);
    public static final Service RESULTS = new Service("results-service", 8080);

    public static final List<Service> ALL = List.of(RESULTS, ENCODER, CONVNET, BASELINE);

    /** The service's packaged jar, relative to the repository root: {@code java -jar} it, with arguments or none. */
    public String jar() {
        return name + "/target/quarkus-app/quarkus-run.jar";
    }
}
