package io.blindspots.baseline.domain;

import io.blindspots.events.Split;

import java.util.OptionalDouble;

/**
 * How a fitted model did on one test split.
 *
 * @param split          the split
 * @param accuracy       share of correct predictions
 * @param signalReliance on {@link Split#CONFLICT} only: share of predictions that follow the injected signal
 */
public record SplitScores(Split split, double accuracy, OptionalDouble signalReliance) {
}
