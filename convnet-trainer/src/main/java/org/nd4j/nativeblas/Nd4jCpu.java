package org.nd4j.nativeblas;

/**
 * A shim that gives DL4J 1.0.0-M2.1 its oneDNN (MKL-DNN) layer helpers back on CPU; it belongs to no library.
 *
 * <p>Why it exists: before using a oneDNN helper, DL4J's {@code BaseMKLDNNHelper.mklDnnEnabled()} looks up, by
 * reflection, {@code org.nd4j.nativeblas.Nd4jCpu$Environment} and calls {@code getInstance().isUseMKLDNN()}. In
 * M2.1 the class moved to {@code org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu$Environment} and the method was
 * renamed {@code isUseONEDNN()}, so the lookup fails, the failure is cached, and every convolution and pooling layer
 * silently takes the built-in Java path: about 5× slower (docs/notes.md, "DL4J: the oneDNN helpers"). This
 * class answers the old name and delegates to the real one. {@code OneDnnHelpersTest} fails when the helpers are not
 * active, so a DL4J upgrade that fixes the lookup (or breaks it anew) is noticed.
 *
 * <p>It works only together with the {@code linux-x86_64-onednn} natives and
 * {@code -Dorg.eclipse.deeplearning4j.helpers.disable=false}.
 */
public final class Nd4jCpu {

    private Nd4jCpu() {
    }

    /** The old name of the native environment, as DL4J's helpers look it up. */
    public static final class Environment {

        private static final Environment INSTANCE = new Environment();

        private Environment() {
        }

        public static Environment getInstance() {
            return INSTANCE;
        }

        public boolean isUseMKLDNN() {
            return real().isUseONEDNN();
        }

        public void allowHelpers(boolean allow) {
            real().allowHelpers(allow);
        }

        private static org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu.Environment real() {
            return org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu.Environment.getInstance();
        }
    }
}
