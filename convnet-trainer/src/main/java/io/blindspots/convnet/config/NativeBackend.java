package io.blindspots.convnet.config;

import io.blindspots.convnet.domain.OneDnnHelpers;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Loads ND4J's natives once, before the first run needs them, applies the thread setting, logs the backend and its
 * devices (CPU, or CUDA in the {@code -Pgpu} build), and says loudly on CPU whether convolutions will run on
 * oneDNN: without it DL4J falls back, silently, to a path about 5× slower.
 */
@ApplicationScoped
public class NativeBackend {

    private static final Logger LOG = Logger.getLogger(NativeBackend.class);

    private final ConvnetTrainerConfig config;

    NativeBackend(ConvnetTrainerConfig config) {
        this.config = config;
    }

    /** "ND4J CpuBackend 1.0.0-M2.1, oneDNN helpers on, 2 threads": what results cite as the backend. */
    public String describe() {
        try {
            String backend = Nd4j.getBackend().getClass().getSimpleName();
            String version = Nd4j.class.getPackage().getImplementationVersion();
            String name = "ND4J " + backend + (version == null ? "" : " " + version);
            if (!"CpuBackend".equals(backend)) {
                return name + ", " + Nd4j.getAffinityManager().getNumberOfDevices() + " device(s)";
            }
            return name + ", oneDNN helpers " + (OneDnnHelpers.active() ? "on" : "off") + ", "
                    + Nd4j.getEnvironment().maxThreads() + " threads";
        } catch (RuntimeException | LinkageError e) {
            return "ND4J (not loaded: " + e.getMessage() + ")";
        }
    }

    /** Runs on the training thread at start; a failure here is logged, and each run will report its own. */
    public void start() {
        try {
            config.nativeThreads().ifPresent(threads -> Nd4j.getEnvironment().setMaxThreads(threads));
            String backend = Nd4j.getBackend().getClass().getSimpleName();
            if (!"CpuBackend".equals(backend)) {
                // The -Pgpu build: CUDA with the cuDNN helpers; the oneDNN check below is about the CPU natives.
                LOG.infof("ND4J %s ready: %d device(s) %s", backend,
                        Nd4j.getAffinityManager().getNumberOfDevices(),
                        Nd4j.getExecutioner().getEnvironmentInformation().getOrDefault("cuda.devicesInformation", ""));
                return;
            }
            boolean oneDnn = OneDnnHelpers.active();
            if (oneDnn) {
                LOG.infof("ND4J CPU backend ready: oneDNN helpers active, %d native threads",
                        Nd4j.getEnvironment().maxThreads());
            } else {
                LOG.warn("ND4J backend ready WITHOUT oneDNN helpers: convolutions take DL4J's slow built-in path. "
                        + "Start the JVM with -Dorg.eclipse.deeplearning4j.helpers.disable=false and keep the "
                        + "linux-x86_64-onednn natives and the org.nd4j.nativeblas.Nd4jCpu shim on the classpath.");
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.error("ND4J's native backend did not load; every run will fail until it does", e);
        }
    }
}
