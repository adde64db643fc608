package io.blindspots.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.blindspots.events.signal.SignalSpec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a user asks for: one dataset, one signal, one seed, a ConvNet and a set of baselines. Published as JSON on
 * {@link Topics#RUN_SPECS}; parse and validate with {@link RunSpecs#parse(String)}.
 *
 * @param runId            the run's id; when absent, {@link RunSpecs} fills in a stable hash of the spec
 * @param parentId         the sweep this run belongs to, if any
 * @param dataset          the dataset and its limits
 * @param signal           the injected signal
 * @param seed             seeds data generation, injection, splits and every model
 * @param convnet          the ConvNet to train, or null for baselines only
 * @param baselines        the classical models to fit, each one of {@link Catalog#BASELINES}
 * @param baselineFraction the share of the training set the baselines are fitted on (the paper used 1/4)
 * @param baselineOptions  per baseline of {@code baselines}, its deliberate differences from scikit-learn's defaults
 *                         ({@link BaselineOptions}); absent or empty: none
 * @param revision         a number to re-run a spec on purpose (after a fix): part of the run id and of the setting,
 *                         so a spec sent again with another revision is a new run with its own table row; absent
 *                         means the original
 * @param rms              for a sweep, the strengths of its {@code noise} signals (their {@code rms}), as
 *                         {@code scales} are those of the pixel signals; a list or a {@link ScaleGrid} in the JSON
 * @param fractions        for a sweep, the strengths of its text signals: the share of training texts that carry
 *                         them ({@link SignalSpec.Prevalent}); a list or a {@link ScaleGrid} in the JSON
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunSpec(String runId, String parentId, DatasetSpec dataset, SignalSpec signal, Long seed,
                      ConvNetSpec convnet, List<String> baselines, Double baselineFraction,
                      List<SignalSpec> signals, List<Double> scales, List<Long> seeds,
                      Map<String, BaselineOptions> baselineOptions, Integer revision, List<Double> rms,
                      List<Double> fractions) {

    public static final long DEFAULT_SEED = 1;
    public static final double DEFAULT_BASELINE_FRACTION = 0.25;
    /** The most child runs one sweep may expand into: beyond it a spec is a mistake or a flood, and is rejected. */
    public static final int MAX_SWEEP_RUNS = 1000;

    public RunSpec {
        require(runId == null || RunIds.isValid(runId), "runId", runId,
                "1-128 characters of letters, digits, '.', '_', '-', starting with a letter or digit");
        require(dataset != null, "dataset", null, "an object with a 'name'");
        require(signal != null || signals != null, "signal", null,
                "an object with a 'type' (or, for a sweep, a list 'signals')");
        require(signal == null || signals == null, "signals", signals,
                "absent when 'signal' is given: a spec names one signal or a sweep of them");
        require(signals == null || !signals.isEmpty(), "signals", signals, "a non-empty list of signals");
        require(scales == null || (!scales.isEmpty() && scales.stream().allMatch(x -> x != null && x > 0 && x <= 1)),
                "scales", scales, "a non-empty list of numbers in (0, 1]");
        require(rms == null || (!rms.isEmpty() && rms.stream().allMatch(x -> x != null && x > 0 && x <= 1)),
                "rms", rms, "a non-empty list of numbers in (0, 1]");
        require(fractions == null || (!fractions.isEmpty()
                        && fractions.stream().allMatch(x -> x != null && x > 0 && x <= 1)), "fractions", fractions,
                "a non-empty list of numbers in (0, 1]");
        require(seeds == null || (!seeds.isEmpty() && seeds.stream().allMatch(x -> x != null && x >= 0)), "seeds",
                seeds, "a non-empty list of integers >= 0");
        signals = signals == null ? null : List.copyOf(signals);
        scales = scales == null ? null : List.copyOf(scales);
        rms = rms == null ? null : List.copyOf(rms);
        fractions = fractions == null ? null : List.copyOf(fractions);
        seeds = seeds == null ? null : List.copyOf(seeds);
        long runs = (long) (signals == null ? 1 : signals.size())
                * Math.max(Math.max(scales == null ? 1 : scales.size(), rms == null ? 1 : rms.size()),
                fractions == null ? 1 : fractions.size())
                * (seeds == null ? 1 : seeds.size());
        require(runs <= MAX_SWEEP_RUNS, "signals", runs + " runs (signals x strengths x seeds)",
                "a sweep of at most " + MAX_SWEEP_RUNS + " runs; split a larger one into several specs");
        require(seed == null || seed >= 0, "seed", seed, "an integer >= 0");
        require(revision == null || revision >= 0, "revision", revision, "an integer >= 0");
        require(baselineFraction == null || (baselineFraction > 0 && baselineFraction <= 1), "baselineFraction",
                baselineFraction, "a number in (0, 1]");
        if (baselines != null) {
            for (String baseline : baselines) {
                require(Catalog.BASELINES.contains(baseline), "baselines", baseline,
                        "a list of " + Catalog.BASELINES);
            }
            require(new LinkedHashSet<>(baselines).size() == baselines.size(), "baselines", baselines,
                    "a list without repeats");
            baselines = List.copyOf(baselines);
        }
        require(convnet != null || (baselines != null && !baselines.isEmpty()), "convnet", null,
                "a ConvNet or at least one baseline: a run must train something");
        baselineOptions = validOptions(baselineOptions, baselines);
    }

    /** A spec of the original revision without baseline options. */
    public RunSpec(String runId, String parentId, DatasetSpec dataset, SignalSpec signal, Long seed,
                   ConvNetSpec convnet, List<String> baselines, Double baselineFraction,
                   List<SignalSpec> signals, List<Double> scales, List<Long> seeds) {
        this(runId, parentId, dataset, signal, seed, convnet, baselines, baselineFraction, signals, scales, seeds,
                null, null, null);
    }

    /** A single run's spec (no sweep lists). */
    public RunSpec(String runId, String parentId, DatasetSpec dataset, SignalSpec signal, Long seed,
                   ConvNetSpec convnet, List<String> baselines, Double baselineFraction) {
        this(runId, parentId, dataset, signal, seed, convnet, baselines, baselineFraction, null, null, null);
    }

    /** A spec of every field but {@code rms} and {@code fractions}: no noise- or text-strength sweep. */
    public RunSpec(String runId, String parentId, DatasetSpec dataset, SignalSpec signal, Long seed,
                   ConvNetSpec convnet, List<String> baselines, Double baselineFraction,
                   List<SignalSpec> signals, List<Double> scales, List<Long> seeds,
                   Map<String, BaselineOptions> baselineOptions, Integer revision) {
        this(runId, parentId, dataset, signal, seed, convnet, baselines, baselineFraction, signals, scales, seeds,
                baselineOptions, revision, null, null);
    }

    /** A spec of every field but {@code fractions}: no text-strength sweep. */
    public RunSpec(String runId, String parentId, DatasetSpec dataset, SignalSpec signal, Long seed,
                   ConvNetSpec convnet, List<String> baselines, Double baselineFraction,
                   List<SignalSpec> signals, List<Double> scales, List<Long> seeds,
                   Map<String, BaselineOptions> baselineOptions, Integer revision, List<Double> rms) {
        this(runId, parentId, dataset, signal, seed, convnet, baselines, baselineFraction, signals, scales, seeds,
                baselineOptions, revision, rms, null);
    }

    /** True when the spec asks for several signals, strengths or seeds: it expands into child runs. */
    @JsonIgnore
    public boolean isSweep() {
        return signals != null || scales != null || rms != null || fractions != null || seeds != null;
    }

    /** This spec as another revision, without its run id: a new run of the same request. */
    public RunSpec withRevision(int newRevision) {
        return new RunSpec(null, parentId, dataset, signal, seed, convnet, baselines, baselineFraction, signals,
                scales, seeds, baselineOptions, newRevision, rms, fractions);
    }

    /** The spec with every default of docs/design.md filled in; the run id is left as it is. */
    public RunSpec withDefaults() {
        long fullSeed = seed == null ? DEFAULT_SEED : seed;
        return new RunSpec(runId, parentId, dataset, signal == null ? null : signal.withDefaults(fullSeed), fullSeed,
                convnet == null ? null : convnet.withDefaults(), baselines == null ? List.of() : baselines,
                baselineFraction == null ? DEFAULT_BASELINE_FRACTION : baselineFraction,
                signals == null ? null : signals.stream().map(s -> s.withDefaults(fullSeed)).toList(), scales, seeds,
                baselineOptions, revision, rms, fractions);
    }

    public RunSpec withRunId(String id) {
        return new RunSpec(id, parentId, dataset, signal, seed, convnet, baselines, baselineFraction, signals, scales,
                seeds, baselineOptions, revision, rms, fractions);
    }

    /** One run of a sweep: this spec's settings with the given signal and seed, under {@code parent}. */
    public RunSpec child(String parent, SignalSpec childSignal, long childSeed) {
        return new RunSpec(null, parent, dataset, childSignal, childSeed, convnet, baselines, baselineFraction, null,
                null, null, baselineOptions, revision);
    }

    /** Every model this run trains, ConvNet first: the columns its results fill. */
    @JsonIgnore
    public List<String> models() {
        List<String> models = new ArrayList<>();
        if (convnet != null) {
            models.add(convnet.label());
        }
        if (baselines != null) {
            baselines.forEach(b -> models.add(baselineOptions(b).label(b)));
        }
        return List.copyOf(models);
    }

    /** The options of {@code baseline}: {@link BaselineOptions#NONE} unless the spec sets some. */
    public BaselineOptions baselineOptions(String baseline) {
        return baselineOptions == null ? BaselineOptions.NONE : baselineOptions.getOrDefault(baseline,
                BaselineOptions.NONE);
    }

    /** Null when nothing is set (so a spec without options keeps its run id); keys sorted, for one canonical JSON. */
    private static Map<String, BaselineOptions> validOptions(Map<String, BaselineOptions> options,
                                                             List<String> baselines) {
        if (options == null || options.isEmpty()) {
            return null;
        }
        Map<String, BaselineOptions> sorted = new TreeMap<>();
        options.forEach((model, set) -> {
            require(baselines != null && baselines.contains(model), "baselineOptions", model,
                    "keys among this spec's baselines " + (baselines == null ? List.of() : baselines));
            BaselineOptions given = set == null ? BaselineOptions.NONE : set;
            for (String name : given.names()) {
                require(BaselineOptions.allowedFor(model).contains(name), "baselineOptions." + model, name,
                        "options of " + model + ": " + BaselineOptions.allowedFor(model).stream().sorted().toList());
            }
            if (!given.names().isEmpty()) {
                sorted.put(model, given);
            }
        });
        return sorted.isEmpty() ? null : Collections.unmodifiableMap(sorted);
    }

    static void require(boolean ok, String field, Object value, String allowed) {
        InvalidSpecException.require(ok, field, value, allowed);
    }
}
