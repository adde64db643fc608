package io.blindspots.results.domain;

import io.blindspots.events.MetricEvent;
import io.blindspots.events.MetricNames;
import io.blindspots.events.RunEnvironment;
import io.blindspots.events.views.ModelStatus;
import io.blindspots.events.views.ModelView;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** What results-service knows of one model of one run: status, progress, latest values and learning curves. */
final class ModelState {

    private ModelStatus status = ModelStatus.PENDING;
    private int epoch;
    private int totalEpochs;
    private String message;
    private RunEnvironment environment;
    private final Map<String, Double> latest = new TreeMap<>();
    private final Map<String, TreeMap<Integer, Double>> curves = new TreeMap<>();
    private long startedAt = Long.MAX_VALUE;
    private long latestEpochAt;

    /** The model began training at {@code timestamp} (the earliest such report wins, so replays change nothing). */
    void started(long timestamp) {
        startedAt = Math.min(startedAt, timestamp);
        if (status == ModelStatus.PENDING) {
            status = ModelStatus.TRAINING;
        }
    }

    /** What trains the model, from its MODEL_STARTED event (the latest one wins: a resumed run may move). */
    void environment(RunEnvironment trainedOn) {
        if (trainedOn != null) {
            environment = trainedOn;
        }
    }

    RunEnvironment environment() {
        return environment;
    }

    void finished() {
        if (status != ModelStatus.FAILED) {
            status = ModelStatus.FINISHED;
        }
    }

    void failed(String reason) {
        status = ModelStatus.FAILED;
        message = reason;
    }

    /** Records a value; the same (epoch, split, name) again only overwrites itself. */
    void record(MetricEvent event) {
        started(event.timestamp());
        String key = key(event);
        TreeMap<Integer, Double> curve = curves.computeIfAbsent(key, k -> new TreeMap<>());
        curve.put(event.epoch(), event.value());
        latest.put(key, curve.lastEntry().getValue());
        if (event.epoch() > epoch) {
            latestEpochAt = 0;
        }
        if (event.epoch() >= epoch) {
            latestEpochAt = Math.max(latestEpochAt, event.timestamp());
        }
        epoch = Math.max(epoch, event.epoch());
        totalEpochs = Math.max(totalEpochs, event.totalEpochs());
    }

    /**
     * Seconds until the model is done, from the mean time per epoch so far; null when it has ended, has no epoch yet,
     * or the reports carry no usable times.
     */
    Long etaSeconds() {
        if (ended() || epoch == 0 || totalEpochs <= epoch || startedAt == Long.MAX_VALUE
                || latestEpochAt <= startedAt) {
            return null;
        }
        double perEpoch = (latestEpochAt - startedAt) / (double) epoch;
        return Math.round(perEpoch * (totalEpochs - epoch) / 1000);
    }

    static String key(MetricEvent event) {
        return event.split() == null ? event.name() : event.split().wireName() + "/" + event.name();
    }

    boolean ended() {
        return status == ModelStatus.FINISHED || status == ModelStatus.FAILED;
    }

    ModelStatus status() {
        return status;
    }

    /** The metrics ("split/name") it has values of. */
    Set<String> keys() {
        return latest.keySet();
    }

    Double latest(String key) {
        return latest.get(key);
    }

    /**
     * The epoch whose test scores stand for the model: the first epoch with the highest validation accuracy so far,
     * for a model that reports one (a ConvNet that stops early); its latest epoch otherwise.
     */
    int reportedEpoch() {
        TreeMap<Integer, Double> validation = curves.get(MetricNames.VALIDATION_ACCURACY);
        if (validation == null || validation.isEmpty()) {
            return epoch;
        }
        return validation.entrySet().stream().reduce((best, e) -> e.getValue() > best.getValue() ? e : best)
                .orElseThrow().getKey();
    }

    /** Whether {@link #reportedEpoch()} is a best validation epoch rather than the latest. */
    boolean reportsBestValidation() {
        return curves.containsKey(MetricNames.VALIDATION_ACCURACY);
    }

    /** A metric ("split/name") at {@link #reportedEpoch()}: what the table shows; null when it has no such value. */
    Double reported(String key) {
        if (!reportsBestValidation()) {
            return latest.get(key);
        }
        TreeMap<Integer, Double> curve = curves.get(key);
        return curve == null ? null : curve.get(reportedEpoch());
    }

    /**
     * The best value of each curve so far: the highest accuracy, the lowest loss. Other quantities (signal reliance,
     * throughput) have no "better" direction and are left out.
     */
    Map<String, Double> best() {
        Map<String, Double> best = new TreeMap<>();
        curves.forEach((key, curve) -> {
            if (key.endsWith("/accuracy")) {
                best.put(key, curve.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow());
            } else if (key.endsWith("/loss")) {
                best.put(key, curve.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow());
            }
        });
        return best;
    }

    ModelView view(boolean withCurves) {
        Map<String, Map<Integer, Double>> curveCopy = new TreeMap<>();
        if (withCurves) {
            curves.forEach((k, v) -> curveCopy.put(k, new TreeMap<>(v)));
        }
        return new ModelView(status, epoch, totalEpochs, etaSeconds(), message, environment, new TreeMap<>(latest),
                best(), withCurves ? curveCopy : null);
    }
}
