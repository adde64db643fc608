package io.blindspots.convnet.domain;

import io.blindspots.events.Split;
import io.blindspots.runtime.domain.SplitScores;

import java.util.Map;

/**
 * What one epoch of training measured.
 *
 * @param epoch                     1-based
 * @param totalEpochs               epochs the run trains
 * @param trainLoss                 mean cross-entropy over the epoch's mini-batches, weighted by their size (plus
 *                                  the L2 penalty, when the options have weight decay)
 * @param imagesPerSecond           training throughput: training images over the wall time of the training phase
 *                                  (batch assembly included, evaluation excluded)
 * @param inferenceImagesPerSecond  evaluation throughput: test images over the wall time of scoring every test
 *                                  split; null when the run has no test split
 * @param scores                    the scores of every test split the run has
 * @param validationAccuracy        accuracy on the validation slice of the training split; null without one
 * @param bestEpoch                 the best validation epoch so far (this one or earlier); this epoch without one
 * @param stoppedEarly              true when early stopping ends training after this epoch, before the cap
 */
public record EpochReport(int epoch, int totalEpochs, double trainLoss, double imagesPerSecond,
                          Double inferenceImagesPerSecond, Map<Split, SplitScores> scores, Double validationAccuracy,
                          int bestEpoch, boolean stoppedEarly) {

    public EpochReport {
        scores = Map.copyOf(scores);
    }

    /** An epoch of a run without a validation slice. */
    public EpochReport(int epoch, int totalEpochs, double trainLoss, double imagesPerSecond,
                       Double inferenceImagesPerSecond, Map<Split, SplitScores> scores) {
        this(epoch, totalEpochs, trainLoss, imagesPerSecond, inferenceImagesPerSecond, scores, null, epoch, false);
    }

    /** Whether training ends after this epoch: by early stopping, or at the cap. */
    public boolean last() {
        return stoppedEarly || epoch >= totalEpochs;
    }
}
