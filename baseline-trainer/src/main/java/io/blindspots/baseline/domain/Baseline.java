package io.blindspots.baseline.domain;

import java.util.Objects;
import java.util.function.Function;

/**
 * One classical model of the paper's Table 1, by the name a run spec uses ({@code decision-tree},
 * {@code gaussian-nb}, ...). Each model is a class with its own {@code Options} and static {@code fit}; a
 * {@code Baseline} binds a name to that fit with the options this system uses.
 */
public interface Baseline {

    String name();

    FittedModel fit(TrainingSet data);

    static Baseline of(String name, Function<TrainingSet, FittedModel> fit) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fit, "fit");
        return new Baseline() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public FittedModel fit(TrainingSet data) {
                return fit.apply(data);
            }

            @Override
            public String toString() {
                return "Baseline[" + name + "]";
            }
        };
    }
}
