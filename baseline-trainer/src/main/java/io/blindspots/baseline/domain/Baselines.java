package io.blindspots.baseline.domain;

import io.blindspots.events.Catalog;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The baselines this trainer knows, by the names of {@link Catalog#BASELINES}. A new model is one more entry. */
public final class Baselines {

    private static final Map<String, Baseline> KNOWN = List.of(
                    Baseline.of(Catalog.GAUSSIAN_NB,
                            d -> GaussianNaiveBayes.fit(d.x(), d.y(), GaussianNaiveBayes.Options.scikitLearn())),
                    Baseline.of(Catalog.DECISION_TREE,
                            d -> DecisionTreeBaseline.fit(d.x(), d.y(), DecisionTreeBaseline.Options.scikitLearn())),
                    Baseline.of(Catalog.EXTRA_TREES,
                            d -> ExtraTrees.fit(d.x(), d.y(), d.classCount(), d.seed(),
                                    ExtraTrees.Options.scikitLearn())),
                    Baseline.of(Catalog.RANDOM_FOREST,
                            d -> RandomForestBaseline.fit(d.x(), d.y(), d.seed(),
                                    RandomForestBaseline.Options.scikitLearn())),
                    Baseline.of(Catalog.LOGISTIC_REGRESSION,
                            d -> LogisticRegressionBaseline.fit(d.x(), d.y(),
                                    LogisticRegressionBaseline.Options.scikitLearn())),
                    Baseline.of(Catalog.LDA,
                            d -> LinearDiscriminantAnalysis.fit(d.x(), d.y(), d.classCount(),
                                    LinearDiscriminantAnalysis.Options.scikitLearn())),
                    Baseline.of(Catalog.QDA,
                            d -> QuadraticDiscriminantAnalysis.fit(d.x(), d.y(), d.classCount(),
                                    QuadraticDiscriminantAnalysis.Options.regularized())),
                    Baseline.of(Catalog.PERCEPTRON,
                            d -> ShallowLinearNetwork.fit(d.x(), d.y(), d.classCount(), d.seed(),
                                    ShallowLinearNetwork.Options.scikitLearn())),
                    Baseline.of(Catalog.SHALLOW_NN,
                            d -> ShallowNeuralNetwork.fit(d.x(), d.y(), d.classCount(), d.seed(),
                                    ShallowNeuralNetwork.Options.scikitLearn())),
                    Baseline.of(Catalog.SHALLOW_MAX_NN,
                            d -> ShallowMaxNetwork.fit(d.x(), d.y(), d.classCount(), d.channels(), d.seed(),
                                    ShallowMaxNetwork.Options.defaults())))
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
