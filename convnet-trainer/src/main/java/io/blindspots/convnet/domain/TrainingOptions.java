package io.blindspots.convnet.domain;

import io.blindspots.events.ConvNetSpec;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.linalg.schedule.MapSchedule;
import org.nd4j.linalg.schedule.ScheduleType;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a ConvNet is trained: a preset of its architecture ({@link ConvNetArchitecture#preset}) with the spec's
 * overrides applied. No data augmentation, ever: crops and flips would move or destroy the injected signals.
 *
 * @param epochs            passes over the training split (fewer when {@code maxIterations} or early stopping comes
 *                          first): the epoch cap
 * @param batchSize         images per mini-batch
 * @param learningRate      the optimizer's initial learning rate
 * @param optimizer         the update rule
 * @param weightDecay       L2 coefficient on the weights, added to the gradient before the update (as Torch's and
 *                          PyTorch's SGD weight decay); 0 for none. The training loss then includes its penalty
 * @param learningRateDrops iterations (mini-batches since the start) at which the learning rate is divided by 10
 * @param maxIterations     mini-batches after which training stops, even in the middle of an epoch
 * @param validationFraction share of the training split held out, seeded, as the validation slice (0: none)
 * @param patience          epochs without a better validation accuracy after which training stops (0: never;
 *                          needs a validation slice)
 * @param dropFractions     further drops ÷10, as fractions of the run's planned iterations (He et al.: 0.5, 0.75),
 *                          so that they scale with {@code epochs}; {@link #forImages} turns them into iterations
 * @param subtractPixelMean subtract the training images' per-pixel mean from every image of every split
 */
public record TrainingOptions(int epochs, int batchSize, double learningRate, Optimizer optimizer, double weightDecay,
                              List<Integer> learningRateDrops, long maxIterations, double validationFraction,
                              int patience, List<Double> dropFractions, boolean subtractPixelMean) {

    /** Update rules the presets use. */
    public enum Optimizer {
        /** SGD with Nesterov momentum 0.9 (DL4J's {@code Nesterovs}). */
        NESTEROV_MOMENTUM,
        /** SGD with plain momentum 0.9, as Torch's and PyTorch's SGD ({@link PlainMomentum}): He et al.'s. */
        MOMENTUM,
        /** Adam (beta1 0.9, beta2 0.999). */
        ADAM
    }

    public static final double MOMENTUM = 0.9;
    public static final long NO_ITERATION_LIMIT = Long.MAX_VALUE;
    /** The {@code quick} presets' convergence rule (this project's choice): a 10 % validation slice, patience 3... */
    public static final double QUICK_VALIDATION_FRACTION = 0.1;
    public static final int QUICK_PATIENCE = 3;
    /** ...and a cap that a converging run does not reach. */
    public static final int QUICK_MAX_EPOCHS = 30;

    public TrainingOptions {
        if (epochs < 1 || batchSize < 1 || !(learningRate > 0) || optimizer == null || !(weightDecay >= 0)
                || learningRateDrops == null || maxIterations < 1 || !(validationFraction >= 0)
                || validationFraction >= 1 || patience < 0 || dropFractions == null
                || dropFractions.stream().anyMatch(f -> !(f > 0 && f < 1))) {
            throw new IllegalArgumentException("invalid training options: epochs " + epochs + ", batch size "
                    + batchSize + ", learning rate " + learningRate + ", optimizer " + optimizer + ", weight decay "
                    + weightDecay + ", learning-rate drops " + learningRateDrops + ", max iterations "
                    + maxIterations + ", validation fraction " + validationFraction + ", patience " + patience
                    + ", drop fractions " + dropFractions);
        }
        learningRateDrops = List.copyOf(learningRateDrops);
        dropFractions = List.copyOf(dropFractions);
    }

    /** No drops as fractions, no pixel-mean subtraction. */
    public TrainingOptions(int epochs, int batchSize, double learningRate, Optimizer optimizer, double weightDecay,
                           List<Integer> learningRateDrops, long maxIterations, double validationFraction,
                           int patience) {
        this(epochs, batchSize, learningRate, optimizer, weightDecay, learningRateDrops, maxIterations,
                validationFraction, patience, List.of(), false);
    }

    /** No validation slice and no early stopping. */
    public TrainingOptions(int epochs, int batchSize, double learningRate, Optimizer optimizer, double weightDecay,
                           List<Integer> learningRateDrops, long maxIterations) {
        this(epochs, batchSize, learningRate, optimizer, weightDecay, learningRateDrops, maxIterations, 0, 0);
    }

    /** A constant learning rate, no weight decay, no iteration limit, no early stopping. */
    public TrainingOptions(int epochs, int batchSize, double learningRate, Optimizer optimizer) {
        this(epochs, batchSize, learningRate, optimizer, 0, List.of(), NO_ITERATION_LIMIT);
    }

    /** These options with a validation slice of {@code fraction} and early stopping after {@code patience} epochs. */
    public TrainingOptions withEarlyStopping(double fraction, int patience) {
        return new TrainingOptions(epochs, batchSize, learningRate, optimizer, weightDecay, learningRateDrops,
                maxIterations, fraction, patience, dropFractions, subtractPixelMean);
    }

    /** These options with drops ÷10 at the given fractions of the planned iterations. */
    public TrainingOptions withDropsAt(List<Double> fractions) {
        return new TrainingOptions(epochs, batchSize, learningRate, optimizer, weightDecay, learningRateDrops,
                maxIterations, validationFraction, patience, fractions, subtractPixelMean);
    }

    /** These options with the training images' per-pixel mean subtracted from every split. */
    public TrainingOptions withPixelMeanSubtraction() {
        return new TrainingOptions(epochs, batchSize, learningRate, optimizer, weightDecay, learningRateDrops,
                maxIterations, validationFraction, patience, dropFractions, true);
    }

    /**
     * These options for a run over {@code trainImages} training images: the drop fractions become iterations of the
     * planned schedule (the fitted images' mini-batches per epoch × planned epochs, at most {@code maxIterations}).
     */
    public TrainingOptions forImages(int trainImages) {
        if (dropFractions.isEmpty()) {
            return this;
        }
        int fit = trainImages - ValidationSlice.heldOut(trainImages, validationFraction);
        long planned = Math.min(plannedEpochs(fit) * batchesPerEpoch(fit), maxIterations);
        List<Integer> drops = new java.util.ArrayList<>(learningRateDrops);
        dropFractions.forEach(f -> drops.add((int) Math.round(f * planned)));
        return new TrainingOptions(epochs, batchSize, learningRate, optimizer, weightDecay, drops.stream().sorted()
                .toList(), maxIterations, validationFraction, patience, List.of(), subtractPixelMean);
    }

    /**
     * These options with the spec's non-null epochs (the cap), batch size, learning rate, iteration limit, validation
     * fraction and patience in place of the preset's.
     */
    public TrainingOptions overriddenBy(ConvNetSpec spec) {
        return new TrainingOptions(
                spec.epochs() == null ? epochs : spec.epochs(),
                spec.batchSize() == null ? batchSize : spec.batchSize(),
                spec.learningRate() == null ? learningRate : spec.learningRate(),
                optimizer, weightDecay, learningRateDrops,
                spec.maxIterations() == null ? maxIterations : spec.maxIterations(),
                spec.validationFraction() == null ? validationFraction : spec.validationFraction(),
                spec.patience() == null ? patience : spec.patience(), dropFractions, subtractPixelMean);
    }

    /** Mini-batches per epoch over {@code images} training images. */
    public long batchesPerEpoch(int images) {
        return (images + batchSize - 1) / batchSize;
    }

    /** The epochs a run over {@code images} training images will train: the last may stop at the iteration limit. */
    public int plannedEpochs(int images) {
        long perEpoch = Math.max(1, batchesPerEpoch(images));
        long untilLimit = maxIterations == NO_ITERATION_LIMIT ? epochs : (maxIterations + perEpoch - 1) / perEpoch;
        return (int) Math.min(epochs, untilLimit);
    }

    /**
     * The DL4J updater of these options, with the learning-rate schedule in it (it counts DL4J's iterations).
     *
     * @throws IllegalStateException when drops are still fractions: call {@link #forImages} first
     */
    public IUpdater updater() {
        if (!dropFractions.isEmpty()) {
            throw new IllegalStateException("learning-rate drops at fractions " + dropFractions
                    + " of a schedule not yet planned: use forImages(trainImages) first");
        }
        return switch (optimizer) {
            case NESTEROV_MOMENTUM -> learningRateDrops.isEmpty() ? new Nesterovs(learningRate, MOMENTUM)
                    : new Nesterovs(schedule(), MOMENTUM);
            case MOMENTUM -> new PlainMomentum(learningRate, learningRateDrops.isEmpty() ? null : schedule(), MOMENTUM);
            case ADAM -> learningRateDrops.isEmpty() ? new Adam(learningRate) : new Adam(schedule());
        };
    }

    private ISchedule schedule() {
        Map<Integer, Double> rates = new TreeMap<>();
        rates.put(0, learningRate);
        double rate = learningRate;
        for (int drop : learningRateDrops.stream().sorted().toList()) {
            rate /= 10;
            rates.put(drop, rate);
        }
        return new MapSchedule(ScheduleType.ITERATION, rates);
    }
}
