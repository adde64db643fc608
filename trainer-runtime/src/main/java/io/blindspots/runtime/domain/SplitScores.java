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
 * @param chanceReliance on {@link Split#CLEAN} only: share of predictions that name (c+1) mod K, the signal reliance
 *                       this model would show on the conflict split if it ignored the signal (a clean image differs
 *                       from its conflict twin by the signal alone): the yardstick of {@code signalReliance}
 */
public record SplitScores(Split split, double accuracy, OptionalDouble loss, OptionalDouble signalReliance,
                          OptionalDouble chanceReliance) {

    /** Scores without the clean split's yardstick. */
    public SplitScores(Split split, double accuracy, OptionalDouble loss, OptionalDouble signalReliance) {
        this(split, accuracy, loss, signalReliance, OptionalDouble.empty());
    }

    /**
     * Scores predictions: accuracy on every split, signal reliance on the conflict split, its yardstick (the same
     * share of predictions naming (c+1) mod K) on the clean split.
     *
     * @param loss the mean loss, when the model measures one
     */
    public static SplitScores of(Split split, int[] labels, int[] predictions, int classes, OptionalDouble loss) {
        OptionalDouble reliance = split == Split.CONFLICT
                ? OptionalDouble.of(Scores.signalReliance(labels, predictions, classes))
                : OptionalDouble.empty();
        OptionalDouble chance = split == Split.CLEAN
                ? OptionalDouble.of(Scores.signalReliance(labels, predictions, classes))
                : OptionalDouble.empty();
        return new SplitScores(split, Scores.accuracy(labels, predictions), loss, reliance, chance);
    }

    /** "clean accuracy 0.812 (loss 0.514)", with the signal reliance on the conflict split. */
    public String describe() {
        StringBuilder text = new StringBuilder("%s accuracy %.3f".formatted(split, accuracy));
        loss.ifPresent(l -> text.append(" (loss %.3f)".formatted(l)));
        signalReliance.ifPresent(r -> text.append(" signal reliance %.3f".formatted(r)));
        chanceReliance.ifPresent(r -> text.append(" chance reliance %.3f".formatted(r)));
        return text.toString();
    }
}
