package io.blindspots.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A deliberate difference from scikit-learn's defaults for one baseline, asked for in a run spec's
 * {@code baselineOptions} under the model's name. Every option is off (absent) by default; each model takes only the
 * options of {@link #allowedFor}. A set option is part of the spec, so it changes the run id, and of the model's
 * {@link #label}, the column the results fill.
 *
 * @param standardize scale every feature to zero mean and unit variance on the training rows first (scikit-learn's
 *                    {@code StandardScaler}); any model
 * @param regParam    QDA's {@code reg_param}: each class covariance shrunk as (1 - r) Σ + r I, in [0, 1]
 * @param maxIter     most iterations (logistic regression: L-BFGS steps) or epochs (the networks), at least 1
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BaselineOptions(Boolean standardize, Double regParam, Integer maxIter) {

    public static final String STANDARDIZE = "standardize";
    public static final String REG_PARAM = "regParam";
    public static final String MAX_ITER = "maxIter";

    public static final BaselineOptions NONE = new BaselineOptions(null, null, null);

    public BaselineOptions {
        RunSpec.require(regParam == null || (regParam >= 0 && regParam <= 1), "baselineOptions.regParam", regParam,
                "a number in [0, 1]");
        RunSpec.require(maxIter == null || maxIter >= 1, "baselineOptions.maxIter", maxIter, "an integer >= 1");
    }

    /** The options {@code model} takes. */
    public static Set<String> allowedFor(String model) {
        return switch (model) {
            case Catalog.QDA -> Set.of(STANDARDIZE, REG_PARAM);
            case Catalog.LOGISTIC_REGRESSION, Catalog.PERCEPTRON, Catalog.SHALLOW_NN, Catalog.SHALLOW_MAX_NN ->
                    Set.of(STANDARDIZE, MAX_ITER);
            default -> Set.of(STANDARDIZE);
        };
    }

    /** The names of the options that are set, in declaration order. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        if (standardize != null) {
            names.add(STANDARDIZE);
        }
        if (regParam != null) {
            names.add(REG_PARAM);
        }
        if (maxIter != null) {
            names.add(MAX_ITER);
        }
        return names;
    }

    public boolean isStandardized() {
        return Boolean.TRUE.equals(standardize);
    }

    /** {@code model} itself when nothing is set, else e.g. {@code qda[regParam=0.5,standardize=true]}. */
    public String label(String model) {
        List<String> set = new ArrayList<>();
        if (standardize != null) {
            set.add(STANDARDIZE + "=" + standardize);
        }
        if (regParam != null) {
            set.add(REG_PARAM + "=" + regParam);
        }
        if (maxIter != null) {
            set.add(MAX_ITER + "=" + maxIter);
        }
        return set.isEmpty() ? model : model + "[" + String.join(",", set) + "]";
    }
}
