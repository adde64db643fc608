package io.blindspots.baseline.domain;

import io.blindspots.events.BaselineOptions;
import io.blindspots.events.Catalog;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The baselines this trainer knows, by the names of {@link Catalog#BASELINES}. A new model is one more entry. */
public final class Baselines {

    private static final List<Integer> NO_HIDDEN_LAYER = List.of();
    private static final List<Integer> ONE_HIDDEN_LAYER = List.of(100);

    private static final Map<String, Baseline> KNOWN = List.of(
                    Baseline.of(Catalog.GAUSSIAN_NB,
                            (d, o) -> GaussianNaiveBayes.fit(d.x(), d.y(), GaussianNaiveBayes.Options.scikitLearn())),
                    Baseline.of(Catalog.DECISION_TREE,
                            (d, o) -> DecisionTreeBaseline.fit(d.x(), d.y(),
                                    DecisionTreeBaseline.Options.scikitLearn())),
                    Baseline.of(Catalog.EXTRA_TREES,
                            (d, o) -> ExtraTrees.fit(d.x(), d.y(), d.classCount(), d.seed(),
                                    ExtraTrees.Options.scikitLearn())),
                    Baseline.of(Catalog.RANDOM_FOREST,
                            (d, o) -> RandomForestBaseline.fit(d.x(), d.y(), d.classCount(), d.seed(),
                                    RandomForestBaseline.Options.scikitLearn())),
                    Baseline.of(Catalog.LOGISTIC_REGRESSION,
                            (d, o) -> LogisticRegressionBaseline.fit(d.x(), d.y(), d.classCount(),
                                    maxIter(LogisticRegressionBaseline.Options.scikitLearn(), o))),
                    Baseline.of(Catalog.LDA,
                            (d, o) -> LinearDiscriminantAnalysis.fit(d.x(), d.y(), d.classCount(),
                                    LinearDiscriminantAnalysis.Options.scikitLearn())),
                    Baseline.of(Catalog.QDA,
                            (d, o) -> QuadraticDiscriminantAnalysis.fit(d.x(), d.y(), d.classCount(),
                                    o.regParam() == null ? QuadraticDiscriminantAnalysis.Options.scikitLearn()
                                            : new QuadraticDiscriminantAnalysis.Options(o.regParam()))),
                    Baseline.of(Catalog.PERCEPTRON,
                            (d, o) -> MultilayerPerceptron.fit(d.x(), d.y(), d.classCount(), d.seed(),
                                    maxIter(MultilayerPerceptron.Options.scikitLearn(NO_HIDDEN_LAYER), o))),
                    Baseline.of(Catalog.SHALLOW_NN,
                            (d, o) -> MultilayerPerceptron.fit(d.x(), d.y(), d.classCount(), d.seed(),
                                    maxIter(MultilayerPerceptron.Options.scikitLearn(ONE_HIDDEN_LAYER), o))),
                    Baseline.of(Catalog.SHALLOW_MAX_NN,
                            (d, o) -> ShallowMaxNetwork.fit(d.x(), d.y(), d.classCount(), d.channels(), d.seed(),
                                    o.maxIter() == null ? ShallowMaxNetwork.Options.defaults()
                                            : ShallowMaxNetwork.Options.defaults().withEpochs(o.maxIter()))))
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

    private static LogisticRegressionBaseline.Options maxIter(LogisticRegressionBaseline.Options defaults,
                                                              BaselineOptions options) {
        return options.maxIter() == null ? defaults : defaults.withMaxIter(options.maxIter());
    }

    private static MultilayerPerceptron.Options maxIter(MultilayerPerceptron.Options defaults,
                                                        BaselineOptions options) {
        return options.maxIter() == null ? defaults : defaults.withMaxIter(options.maxIter());
    }
}
