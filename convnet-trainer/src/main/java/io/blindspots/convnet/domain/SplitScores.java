package io.blindspots.convnet.domain;

/**
 * What a model scored on one test split.
 *
 * @param accuracy       share of correct predictions
 * @param loss           mean cross-entropy
 * @param signalReliance on the conflict split, the share of predictions that follow the signal; null elsewhere
 */
public record SplitScores(double accuracy, double loss, Double signalReliance) {
}
