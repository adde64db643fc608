package io.blindspots.encoder.domain;

import io.blindspots.events.RunSpec;
import io.blindspots.events.RunSpecs;
import io.blindspots.events.signal.NoiseSpec;
import io.blindspots.events.signal.SignalSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expands a sweep (lists of {@code signals}, {@code scales}, {@code seeds}) into its child runs: one per signal ×
 * strength × seed, under the parent's id: {@code scales} set the pixel signals' {@code scale}
 * ({@link SignalSpec.Scaled}), {@code rms} the noise signals' {@code rms}, {@code fractions} the text signals'
 * {@code fraction} ({@link SignalSpec.Prevalent}); none and multiple-locations yield one child
 * per seed. Child ids are the stable hashes of the child specs,
 * so re-sending the sweep gives the same children.
 */
public final class SweepExpansion {

    private SweepExpansion() {
    }

    /** @param parent a completed spec (defaults filled in, run id set); a plain spec is its own single child */
    public static List<RunSpec> expand(RunSpec parent) {
        if (!parent.isSweep()) {
            return List.of(parent);
        }
        List<SignalSpec> signals = parent.signals() != null ? parent.signals() : List.of(parent.signal());
        List<Long> seeds = parent.seeds() != null ? parent.seeds() : List.of(parent.seed());
        Map<String, RunSpec> children = new LinkedHashMap<>();
        for (SignalSpec signal : signals) {
            List<SignalSpec> scaled = new ArrayList<>();
            List<Double> strengths = switch (signal) {
                case SignalSpec.Scaled ignored -> parent.scales();
                case NoiseSpec ignored -> parent.rms();
                case SignalSpec.Prevalent ignored -> parent.fractions();
                default -> null;
            };
            if (strengths != null && signal instanceof SignalSpec.Graded graded) {
                strengths.forEach(strength -> scaled.add(graded.withStrength(strength)));
            } else {
                scaled.add(signal);
            }
            for (SignalSpec variant : scaled) {
                for (long seed : seeds) {
                    RunSpec child = RunSpecs.complete(parent.child(parent.runId(), variant, seed));
                    children.putIfAbsent(child.runId(), child);
                }
            }
        }
        return List.copyOf(children.values());
    }
}
