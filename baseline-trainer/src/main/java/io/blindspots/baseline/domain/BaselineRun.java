package io.blindspots.baseline.domain;

import io.blindspots.events.RunSpec;
import io.blindspots.events.Split;
import io.blindspots.events.stream.ReceivedDataset;
import io.blindspots.events.stream.SplitData;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Fits each baseline a run asks for on the run's baseline fraction of the training split and scores it on every
 * test split present. A model that fails is reported and the others go on.
 */
public final class BaselineRun {

    private final Function<String, Baseline> catalog;
    private final Evaluation evaluation;

    /**
     * @param catalog   resolves a baseline name ({@link Baselines#named})
     * @param chunkRows test images predicted at a time
     */
    public BaselineRun(Function<String, Baseline> catalog, int chunkRows) {
        this.catalog = catalog;
        this.evaluation = new Evaluation(chunkRows);
    }

    /** Trains every baseline of the dataset's spec, in the spec's order, reporting to {@code listener}. */
    public void train(ReceivedDataset dataset, RunListener listener) {
        RunSpec spec = dataset.header().spec().withDefaults();
        TrainingSet training = trainingSet(dataset, spec);
        for (String name : spec.baselines()) {
            listener.modelStarted(name);
            Duration fitTime;
            List<SplitScores> scores = new ArrayList<>();
            try {
                Baseline baseline = catalog.apply(name);
                long start = System.nanoTime();
                FittedModel model = baseline.fit(training);
                fitTime = Duration.ofNanos(System.nanoTime() - start);
                for (Split split : Split.TEST_SPLITS) {
                    if (dataset.splits().containsKey(split)) {
                        scores.add(evaluation.score(model, split, dataset.split(split), dataset.header().classCount()));
                    }
                }
            } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                // One model's failure (a degenerate fit, a model too big for the heap) must not take the run down.
                listener.modelFailed(name, reason(e));
                continue;
            }
            // Reported outside the try: a listener that cannot deliver is the run's problem, not the model's.
            listener.modelFitted(name, fitTime, training.x().length);
            scores.forEach(s -> listener.splitScored(name, s));
            listener.modelFinished(name);
        }
    }

    static TrainingSet trainingSet(ReceivedDataset dataset, RunSpec spec) {
        SplitData train = dataset.split(Split.TRAIN);
        int[] chosen = BaselineFraction.sample(train.count(), spec.baselineFraction(), spec.seed());
        return new TrainingSet(Features.rows(train, chosen), Features.labels(train, chosen),
                dataset.header().classCount(), spec.seed());
    }

    private static String reason(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
