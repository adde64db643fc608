package io.blindspots.convnet.domain;

import io.blindspots.events.Split;
import io.blindspots.events.stream.ImageShape;
import io.blindspots.events.stream.SampleShape;
import io.blindspots.runtime.domain.SplitScores;
import io.blindspots.runtime.stream.ReceivedDataset;
import io.blindspots.runtime.stream.SplitData;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The training loop: a seeded validation slice is held out of the training split ({@link ValidationSlice}); for each
 * epoch, one pass over the rest in a seeded order, then the validation slice and every test split scored, until
 * {@link EarlyStopping} or the epoch cap ends it. The next mini-batch is assembled on a second thread while the network fits
 * the current one, so batch preparation never leaves the native cores idle. Stops between mini-batches when its thread
 * is interrupted (the service is shutting down), so that the run is left undone and resumed on the next start.
 */
public final class ConvNetTraining {

    /** Receives each epoch's report as soon as it is measured. */
    @FunctionalInterface
    public interface EpochListener {
        void epochDone(EpochReport report);
    }

    private record MiniBatch(INDArray features, INDArray labels, int size) {
    }

    private ConvNetTraining() {
    }

    /** Trains {@code net}, freshly built, from the first epoch. */
    public static void train(ConvNet net, ReceivedDataset dataset, TrainingOptions options, long seed,
                             int evaluationBatchSize, EpochListener listener) {
        train(net, dataset, options, seed, evaluationBatchSize, 1, listener);
    }

    /**
     * Trains {@code net} on the dataset's training split, from {@code firstEpoch} on: a network restored from the
     * checkpoint of epoch {@code firstEpoch - 1} goes on exactly as if it had never stopped.
     *
     * @param evaluationBatchSize images per inference batch on the test splits
     * @throws IllegalArgumentException when the dataset has no training images
     * @throws CancellationException    when the thread was interrupted
     */
    public static void train(ConvNet net, ReceivedDataset dataset, TrainingOptions options, long seed,
                             int evaluationBatchSize, int firstEpoch, EpochListener listener) {
        train(net, dataset, options, seed, evaluationBatchSize, firstEpoch, List.of(), listener);
    }

    /**
     * As above, for a network restored after epoch {@code firstEpoch - 1} whose validation accuracies so far are
     * {@code validationSoFar}, so that early stopping goes on as if training had never stopped.
     */
    public static void train(ConvNet net, ReceivedDataset dataset, TrainingOptions options, long seed,
                             int evaluationBatchSize, int firstEpoch, List<Double> validationSoFar,
                             EpochListener listener) {
        SampleShape shape = ConvNetArchitecture.input(Architectures.of(net.arch()), dataset);
        int classes = dataset.header().classCount();
        ValidationSlice slice = ValidationSlice.of(dataset.split(Split.TRAIN), options.validationFraction(), seed);
        EarlyStopping stopping = new EarlyStopping(options.patience(), validationSoFar);
        // He et al.: the training images' per-pixel mean, subtracted from the images of every split alike; a
        // one-hot sequence has nothing to centre.
        float[] mean = options.subtractPixelMean() && shape instanceof ImageShape
                ? MiniBatches.pixelMean(slice.fit()) : null;
        MiniBatches train = new MiniBatches(slice.fit(), shape, classes, mean);
        if (train.count() == 0) {
            throw new IllegalArgumentException("the dataset has no training images");
        }
        int totalEpochs = options.plannedEpochs(train.count());
        long batchesPerEpoch = options.batchesPerEpoch(train.count());
        long iterations = (firstEpoch - 1) * batchesPerEpoch;
        try (ExecutorService prefetch = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("convnet-batches").daemon().factory())) {
            for (int epoch = firstEpoch; epoch <= totalEpochs; epoch++) {
                int[] order = MiniBatches.epochOrder(train.count(), seed, epoch);
                net.startEpoch(epoch);
                long batches = Math.min(batchesPerEpoch, options.maxIterations() - iterations);
                double lossSum = 0;
                int images = 0;
                long start = System.nanoTime();
                Future<MiniBatch> next = prefetch.submit(() -> miniBatch(train, order, 0, options.batchSize()));
                for (long batch = 0; batch < batches; batch++) {
                    MiniBatch current = await(next, net, epoch);
                    if (batch + 1 < batches) {
                        int from = (int) ((batch + 1) * options.batchSize());
                        next = prefetch.submit(() -> miniBatch(train, order, from, options.batchSize()));
                    }
                    lossSum += net.fit(current.features(), current.labels()) * current.size();
                    images += current.size();
                }
                iterations += batches;
                double seconds = (System.nanoTime() - start) / 1e9;
                EpochReport tested = evaluate(net, dataset, shape, classes, evaluationBatchSize, mean, epoch,
                        totalEpochs, lossSum / images, images / seconds);
                EpochReport report = tested;
                if (slice.validation().count() > 0) {
                    double validation = SplitEvaluation.evaluate(net, Split.TRAIN, slice.validation(), shape, classes,
                            evaluationBatchSize, mean).accuracy();
                    stopping.record(validation);
                    report = new EpochReport(epoch, totalEpochs, tested.trainLoss(), tested.imagesPerSecond(),
                            tested.inferenceImagesPerSecond(), tested.scores(), validation, stopping.bestEpoch(),
                            stopping.shouldStop() && epoch < totalEpochs);
                }
                listener.epochDone(report);
                if (report.stoppedEarly()) {
                    return;
                }
            }
        }
    }

    private static MiniBatch miniBatch(MiniBatches train, int[] order, int from, int batchSize) {
        int to = Math.min(from + batchSize, order.length);
        return new MiniBatch(train.features(order, from, to), train.labels(order, from, to), to - from);
    }

    private static MiniBatch await(Future<MiniBatch> next, ConvNet net, int epoch) {
        if (Thread.currentThread().isInterrupted()) {
            next.cancel(true);
            throw new CancellationException("training of " + net.arch() + " interrupted in epoch " + epoch);
        }
        try {
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("training of " + net.arch() + " interrupted in epoch " + epoch);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("cannot assemble a mini-batch", e.getCause());
        }
    }

    private static EpochReport evaluate(ConvNet net, ReceivedDataset dataset, SampleShape shape, int classes,
                                        int batchSize, float[] mean, int epoch, int totalEpochs, double trainLoss,
                                        double trainImagesPerSecond) {
        Map<Split, SplitScores> scores = new EnumMap<>(Split.class);
        long images = 0;
        long start = System.nanoTime();
        for (Split split : Split.TEST_SPLITS) {
            SplitData data = dataset.splits().get(split);
            if (data != null) {
                scores.put(split, SplitEvaluation.evaluate(net, split, data, shape, classes, batchSize, mean));
                images += data.count();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Double inference = images == 0 ? null : images / seconds;
        return new EpochReport(epoch, totalEpochs, trainLoss, trainImagesPerSecond, inference, scores);
    }
}
