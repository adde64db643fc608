package io.blindspots.cli.stack;

import java.util.List;

/**
 * The four services as the launcher starts them: the packaged Quarkus app of each module, its HTTP port and its JVM
 * settings (heap sized for a 2-core, few-GB machine; the ConvNet trainer's natives live off-heap).
 *
 * @param name      the module and service name
 * @param port      default HTTP port (/q/health, /q/metrics, REST)
 * @param jvmFlags  JVM options beyond the common ones
 */
public record Service(String name, int port, List<String> jvmFlags) {

    public static final Service ENCODER = new Service("encoder-service", 8081, List.of("-Xmx1g"));
    public static final Service CONVNET = new Service("convnet-trainer", 8082, List.of("-Xmx1g",
            // DL4J's oneDNN helpers are off unless asked for (docs/notes.md).
            "-Dorg.eclipse.deeplearning4j.helpers.disable=false",
            "-Dorg.bytedeco.javacpp.maxbytes=6g", "-Dorg.bytedeco.javacpp.maxphysicalbytes=8g"));
    public static final Service BASELINE = new Service("baseline-trainer", 8083, List.of("-Xmx3g"));
    public static final Service RESULTS = new Service("results-service", 8080, List.of("-Xmx256m"));

    public static final List<Service> ALL = List.of(RESULTS, ENCODER, CONVNET, BASELINE);

    public String jar() {
        return name + "/target/quarkus-app/quarkus-run.jar";
    }
}
