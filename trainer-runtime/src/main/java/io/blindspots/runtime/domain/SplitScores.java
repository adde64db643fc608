package io.blindspots.runtime.domain;

import io.blindspots.events.Split;

import java.util.OptionalDouble;

/**
 * What a model scored on one test split, the same quantities from every trainer.
 *
 * @param split          the split
 * @param accuracy       share of correct predictions
 * @param loss           mean cross-entropy, for models that give probabilities and report it (ConvNets)
 * @param signalReliance on {@link Split#CONFLICT} only: share of predictions that follow the injected signal
 */
public record SplitScores(Split split, double accuracy, OptionalDouble loss, OptionalDouble signalReliance) {

    /**
     * Scores predictions: accuracy on every split, signal reliance on the conflict split.
     *
     * @param loss the mean loss, when the model measures one
     */
    public static SplitScores of(Split split, int[] labels, int[] predictions, int classes, OptionalDouble loss) {
        OptionalDouble reliance = split == Split.CONFLICT
                ? OptionalDouble.of(Scores.signalReliance(labels, predictions, classes))
                : OptionalDouble.empty();
        return new SplitScores(split, Scores.accuracy(labels, predictions), loss, reliance);
    }

    /** "clean accuracy 0.812 (loss 0.514)", with the signal reliance on the conflict split. */
    public String describe() {
        StringBuilder text = new StringBuilder("%s accuracy %.3f".formatted(split, accuracy));
        loss.ifPresent(l -> text.append(" (loss %.3f)".formatted(l)));
        signalReliance.ifPresent(r -> text.append(" signal reliance %.3f".formatted(r)));
        return text.toString();
    }
}
