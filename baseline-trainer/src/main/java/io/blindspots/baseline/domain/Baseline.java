package io.blindspots.baseline.domain;

import io.blindspots.events.BaselineOptions;

import java.util.Objects;
import java.util.function.BiFunction;

/**
 * One classical model of the paper's Table 1, by the name a run spec uses ({@code decision-tree},
 * {@code gaussian-nb}, ...). Each model is a class with its own {@code Options} and static {@code fit}; a
 * {@code Baseline} binds a name to that fit with scikit-learn's defaults, changed only by the spec's
 * {@link BaselineOptions} for this model. {@code standardize} is applied here, the same way for every model.
 */
public interface Baseline {

    String name();

    FittedModel fit(TrainingSet data, BaselineOptions options);

    /** scikit-learn's defaults. */
    default FittedModel fit(TrainingSet data) {
        return fit(data, BaselineOptions.NONE);
    }

    static Baseline of(String name, BiFunction<TrainingSet, BaselineOptions, FittedModel> fit) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fit, "fit");
        return new Baseline() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public FittedModel fit(TrainingSet data, BaselineOptions options) {
                return options.isStandardized() ? Standardized.fit(data, d -> fit.apply(d, options))
                        : fit.apply(data, options);
            }

            @Override
            public String toString() {
                return "Baseline[" + name + "]";
            }
        };
    }
}
