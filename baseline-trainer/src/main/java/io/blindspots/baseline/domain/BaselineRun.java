package io.blindspots.baseline.domain;

import io.blindspots.events.BaselineOptions;
import io.blindspots.events.RunSpec;
import io.blindspots.events.Split;
import io.blindspots.runtime.domain.SplitScores;
import io.blindspots.runtime.stream.ReceivedDataset;
import io.blindspots.runtime.stream.SplitData;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Fits each baseline a run asks for on the run's baseline fraction of the training split and scores it on every
 * test split present. Up to {@code parallelism} models are fitted at once; each reports as soon as it is done. A model
 * that fails is reported and the others go on.
 */
public final class BaselineRun {

    /** An unlimited-depth tree recurses once per level; a roomy stack keeps a deep one from failing. */
    private static final long FIT_STACK_BYTES = 64L * 1024 * 1024;

    private final Function<String, Baseline> catalog;
    private final Evaluation evaluation;
    private final int parallelism;

    /**
     * @param catalog     resolves a baseline name ({@link Baselines#named})
     * @param chunkRows   test images predicted at a time
     * @param parallelism models fitted at the same time, at least 1
     */
    public BaselineRun(Function<String, Baseline> catalog, int chunkRows, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism " + parallelism + " < 1");
        }
        this.catalog = catalog;
        this.evaluation = new Evaluation(chunkRows);
        this.parallelism = parallelism;
    }

    /** One model at a time, in the spec's order. */
    public BaselineRun(Function<String, Baseline> catalog, int chunkRows) {
        this(catalog, chunkRows, 1);
    }

    /**
     * Trains every baseline of the dataset's spec, reporting to {@code listener}, and returns once all are done.
     * Listener calls are never concurrent; a model's calls keep their order, models' calls may interleave.
     */
    public void train(ReceivedDataset dataset, RunListener listener) {
        RunSpec spec = dataset.header().spec().withDefaults();
        TrainingSet training = trainingSet(dataset, spec);
        RunListener serial = new SerialListener(listener);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, spec.baselines().size()),
                fitThreads());
        try {
            List<Future<?>> fits = new ArrayList<>();
            for (String name : spec.baselines()) {
                fits.add(pool.submit(() -> trainOne(name, spec.baselineOptions(name), training, dataset, serial)));
            }
            for (Future<?> fit : fits) {
                fit.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while fitting baselines");
        } catch (ExecutionException e) {
            // Only a listener that cannot deliver gets here: the run's problem, not a model's.
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reports under the model's label: its name, with the spec's options for it when it has any. */
    private void trainOne(String model, BaselineOptions options, TrainingSet training, ReceivedDataset dataset,
                          RunListener listener) {
        String name = options.label(model);
        listener.modelStarted(name);
        Duration fitTime;
        List<SplitScores> scores = new ArrayList<>();
        try {
            Baseline baseline = catalog.apply(model);
            long start = System.nanoTime();
            FittedModel fitted = baseline.fit(training, options);
            fitTime = Duration.ofNanos(System.nanoTime() - start);
            for (Split split : Split.TEST_SPLITS) {
                if (dataset.splits().containsKey(split)) {
                    scores.add(evaluation.score(fitted, split, dataset.split(split), dataset.header().classCount()));
                }
            }
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // One model's failure (a degenerate fit, a model too big for the heap) must not take the run down.
            listener.modelFailed(name, reason(e));
            return;
        }
        // Reported outside the try: a listener that cannot deliver is the run's problem, not the model's.
        listener.modelFitted(name, fitTime, training.x().length);
        scores.forEach(s -> listener.splitScored(name, s));
        listener.modelFinished(name);
    }

    static TrainingSet trainingSet(ReceivedDataset dataset, RunSpec spec) {
        SplitData train = dataset.split(Split.TRAIN);
        int[] chosen = BaselineFraction.sample(train.count(), spec.baselineFraction(), spec.seed());
        return new TrainingSet(Features.rows(train, chosen), Features.labels(train, chosen),
                dataset.header().classCount(), spec.seed(), Features.channels(dataset.header().shape()));
    }

    private static String reason(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    private static ThreadFactory fitThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(null, task, "baseline-fit-" + count.incrementAndGet(), FIT_STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Hands the listener one call at a time, whichever fit thread makes it. */
    private record SerialListener(RunListener delegate) implements RunListener {

        @Override
        public synchronized void modelStarted(String model) {
            delegate.modelStarted(model);
        }

        @Override
        public synchronized void modelFitted(String model, Duration fitTime, int trainingRows) {
            delegate.modelFitted(model, fitTime, trainingRows);
        }

        @Override
        public synchronized void splitScored(String model, SplitScores scores) {
            delegate.splitScored(model, scores);
        }

        @Override
        public synchronized void modelFinished(String model) {
            delegate.modelFinished(model);
        }

        @Override
        public synchronized void modelFailed(String model, String reason) {
            delegate.modelFailed(model, reason);
        }
    }
}
