package io.blindspots.events;

/** Names of the values carried by {@link MetricEvent}s, named once. */
public final class MetricNames {

    /** Share of correct predictions on a split, in [0, 1]. */
    public static final String ACCURACY = "accuracy";
    /** Mean cross-entropy on a split (ConvNets). */
    public static final String LOSS = "loss";
    /**
     * On the conflict split: the share of predictions that follow the injected signal (predict (c+1) mod K) rather
     * than the image (predict c).
     */
    public static final String SIGNAL_RELIANCE = "signal-reliance";
    /**
     * On the clean split: the share of predictions that name (c+1) mod K. A clean image differs from its conflict
     * twin by the signal alone, so this is the signal reliance the same model would show if it ignored the signal.
     */
    public static final String CHANCE_RELIANCE = "chance-reliance";
    /** Accuracy on the held-out validation slice of the training split, per epoch (ConvNets). */
    public static final String VALIDATION_ACCURACY = "validation-accuracy";
    /** Training throughput of an epoch, images per second. */
    public static final String IMAGES_PER_SECOND = "images-per-second";
    /** Wall time of a baseline's fit, seconds. */
    public static final String FIT_SECONDS = "fit-seconds";

    private MetricNames() {
    }
}
