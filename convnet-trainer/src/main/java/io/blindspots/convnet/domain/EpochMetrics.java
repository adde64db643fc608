package io.blindspots.convnet.domain;

import io.blindspots.events.MetricNames;
import io.blindspots.events.Split;
import io.blindspots.runtime.domain.RunReporter;

/** What an epoch's report becomes on the metrics topic, in the names every trainer uses. */
public final class EpochMetrics {

    /**
     * Evaluation throughput, images per second over the test splits. Only this trainer measures it, so its name
     * lives here rather than in {@link MetricNames}.
     */
    public static final String INFERENCE_IMAGES_PER_SECOND = "inference-images-per-second";

    private EpochMetrics() {
    }

    /**
     * Accuracy and loss of every test split, signal reliance on the conflict split, the mean training loss (split
     * train), the training throughput, the inference throughput and the validation accuracy (no split).
     */
    public static void report(RunReporter reporter, String model, EpochReport report) {
        int epoch = report.epoch();
        int total = report.totalEpochs();
        for (Split split : Split.TEST_SPLITS) {
            if (report.scores().containsKey(split)) {
                reporter.scores(model, epoch, total, report.scores().get(split));
            }
        }
        reporter.metric(model, epoch, total, Split.TRAIN, MetricNames.LOSS, report.trainLoss());
        reporter.metric(model, epoch, total, null, MetricNames.IMAGES_PER_SECOND, report.imagesPerSecond());
        if (report.inferenceImagesPerSecond() != null) {
            reporter.metric(model, epoch, total, null, INFERENCE_IMAGES_PER_SECOND, report.inferenceImagesPerSecond());
        }
        if (report.validationAccuracy() != null) {
            reporter.metric(model, epoch, total, null, MetricNames.VALIDATION_ACCURACY, report.validationAccuracy());
        }
    }
}
