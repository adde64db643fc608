package io.blindspots.convnet.domain;

import io.blindspots.events.Split;
import io.blindspots.events.stream.ReceivedDataset;
import io.blindspots.events.stream.SplitData;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * The training loop: for each epoch, one pass over the training split in a seeded order, then every test split
 * scored. Stops between mini-batches when its thread is interrupted (the service is shutting down), so that the run
 * is left undone and resumed on the next start.
 */
public final class ConvNetTraining {

    /** Receives each epoch's report as soon as it is measured. */
    @FunctionalInterface
    public interface EpochListener {
        void epochDone(EpochReport report);
    }

    private ConvNetTraining() {
    }

    /**
     * Trains {@code net} on the dataset's training split.
     *
     * @param evaluationBatchSize images per inference batch on the test splits
     * @throws IllegalArgumentException when the dataset has no training images
     * @throws CancellationException    when the thread was interrupted
     */
    public static void train(ConvNet net, ReceivedDataset dataset, TrainingOptions options, long seed,
                             int evaluationBatchSize, EpochListener listener) {
        ImageShape shape = ImageShape.of(dataset.header());
        int classes = dataset.header().classCount();
        MiniBatches train = new MiniBatches(dataset.split(Split.TRAIN), shape, classes);
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            int[] order = MiniBatches.epochOrder(train.count(), seed, epoch);
            double lossSum = 0;
            long start = System.nanoTime();
            for (int from = 0; from < order.length; from += options.batchSize()) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("training of " + net.arch() + " interrupted in epoch " + epoch);
                }
                int to = Math.min(from + options.batchSize(), order.length);
                lossSum += net.fit(train.features(order, from, to), train.labels(order, from, to)) * (to - from);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<Split, SplitScores> scores = new EnumMap<>(Split.class);
            for (Split split : Split.TEST_SPLITS) {
                SplitData data = dataset.splits().get(split);
                if (data != null) {
                    scores.put(split, SplitEvaluation.evaluate(net, split, data, shape, classes, evaluationBatchSize));
                }
            }
            listener.epochDone(new EpochReport(epoch, options.epochs(), lossSum / order.length,
                    order.length / seconds, scores));
        }
    }
}
