package io.blindspots.events;

/**
 * What produced a model's numbers, carried by its {@link RunEvent.Type#MODEL_STARTED} event: the code, the CPU and
 * the numeric backend. Floating-point results can differ across CPUs and backends (other rounding, other kernels),
 * so a result is cited with them.
 *
 * @param codeVersion the trainer's build: project version and git commit ("0.1.0-SNAPSHOT+3f2a1c9"; "+unknown" when
 *                    it was built outside a git checkout)
 * @param cpu         the CPU model, as the operating system names it ("AMD EPYC 7B13, 2 cores")
 * @param backend     the trainer's numeric backend ("ND4J CpuBackend, oneDNN helpers on, 2 threads"; "JVM 25")
 */
public record RunEnvironment(String codeVersion, String cpu, String backend) {

    public RunEnvironment {
        if (codeVersion == null || cpu == null || backend == null) {
            throw new IllegalArgumentException("a run environment needs codeVersion, cpu and backend");
        }
    }

    /** "AMD EPYC 7B13, 2 cores · ND4J CpuBackend … · code 0.1.0-SNAPSHOT+3f2a1c9". */
    public String describe() {
        return cpu + " · " + backend + " · code " + codeVersion;
    }
}
