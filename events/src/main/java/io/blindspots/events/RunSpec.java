package io.blindspots.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

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
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunSpec(String runId, String parentId, DatasetSpec dataset, SignalSpec signal, Long seed,
                      ConvNetSpec convnet, List<String> baselines, Double baselineFraction) {

    public static final long DEFAULT_SEED = 1;
    public static final double DEFAULT_BASELINE_FRACTION = 0.25;

    public RunSpec {
        require(runId == null || runId.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,127}"), "runId", runId,
                "1-128 characters of letters, digits, '.', '_', '-', starting with a letter or digit");
        require(dataset != null, "dataset", null, "an object with a 'name'");
        require(signal != null, "signal", null, "an object with a 'type'");
        require(seed == null || seed >= 0, "seed", seed, "an integer >= 0");
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
    }

    /** The spec with every default of DESIGN.md filled in; the run id is left as it is. */
    public RunSpec withDefaults() {
        long fullSeed = seed == null ? DEFAULT_SEED : seed;
        return new RunSpec(runId, parentId, dataset, signal.withDefaults(fullSeed), fullSeed,
                convnet == null ? null : convnet.withDefaults(), baselines == null ? List.of() : baselines,
                baselineFraction == null ? DEFAULT_BASELINE_FRACTION : baselineFraction);
    }

    public RunSpec withRunId(String id) {
        return new RunSpec(id, parentId, dataset, signal, seed, convnet, baselines, baselineFraction);
    }

    /** Every model this run trains, ConvNet first: the columns its results fill. */
    @JsonIgnore
    public List<String> models() {
        List<String> models = new ArrayList<>();
        if (convnet != null) {
            models.add(convnet.arch());
        }
        if (baselines != null) {
            models.addAll(baselines);
        }
        return List.copyOf(models);
    }

    static void require(boolean ok, String field, Object value, String allowed) {
        if (!ok) {
            throw new InvalidSpecException(field, "'" + field + "' is " + (value == null ? "missing" : "'" + value + "'")
                    + "; allowed: " + allowed);
        }
    }
}
