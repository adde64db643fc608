package io.blindspots.baseline.domain;

import io.blindspots.events.Catalog;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The baselines this trainer knows, by the names of {@link Catalog#BASELINES}. A new model is one more entry. */
public final class Baselines {

    private static final Map<String, Baseline> KNOWN = List.of(
                    Baseline.of(Catalog.DECISION_TREE,
                            d -> DecisionTreeBaseline.fit(d.x(), d.y(), DecisionTreeBaseline.Options.scikitLearn())),
                    Baseline.of(Catalog.GAUSSIAN_NB,
                            d -> GaussianNaiveBayes.fit(d.x(), d.y(), GaussianNaiveBayes.Options.scikitLearn())))
            .stream().collect(Collectors.toUnmodifiableMap(Baseline::name, Function.identity()));

    private Baselines() {
    }

    /** @throws IllegalArgumentException naming the known baselines when {@code name} is none of them */
    public static Baseline named(String name) {
        Baseline baseline = KNOWN.get(name);
        if (baseline == null) {
            throw new IllegalArgumentException("unknown baseline '" + name + "'; this trainer knows "
                    + KNOWN.keySet().stream().sorted().toList());
        }
        return baseline;
    }
}
