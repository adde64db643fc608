package io.blindspots.convnet.domain;

import io.blindspots.events.MetricEvent;
import io.blindspots.events.MetricNames;
import io.blindspots.events.Split;

import java.util.ArrayList;
import java.util.List;

/** The metric events an epoch's report becomes, in the names every trainer uses. */
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
     * train), the training throughput and the inference throughput (no split).
     */
    public static List<MetricEvent> events(String runId, String model, EpochReport report, long timestamp) {
        List<MetricEvent> events = new ArrayList<>();
        for (Split split : Split.TEST_SPLITS) {
            SplitScores scores = report.scores().get(split);
            if (scores == null) {
                continue;
            }
            events.add(event(runId, model, report, split, MetricNames.ACCURACY, scores.accuracy(), timestamp));
            events.add(event(runId, model, report, split, MetricNames.LOSS, scores.loss(), timestamp));
            if (scores.signalReliance() != null) {
                events.add(event(runId, model, report, split, MetricNames.SIGNAL_RELIANCE, scores.signalReliance(),
                        timestamp));
            }
        }
        events.add(event(runId, model, report, Split.TRAIN, MetricNames.LOSS, report.trainLoss(), timestamp));
        events.add(event(runId, model, report, null, MetricNames.IMAGES_PER_SECOND, report.imagesPerSecond(),
                timestamp));
        if (report.inferenceImagesPerSecond() != null) {
            events.add(event(runId, model, report, null, INFERENCE_IMAGES_PER_SECOND,
                    report.inferenceImagesPerSecond(), timestamp));
        }
        return List.copyOf(events);
    }

    private static MetricEvent event(String runId, String model, EpochReport report, Split split, String name,
                                     double value, long timestamp) {
        return new MetricEvent(runId, model, report.epoch(), report.totalEpochs(), split, name, value, timestamp);
    }
}
