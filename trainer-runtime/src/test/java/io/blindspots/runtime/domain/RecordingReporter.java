package io.blindspots.runtime.domain;

import io.blindspots.events.MetricEvent;
import io.blindspots.events.RunEvent;
import io.blindspots.events.Split;

import java.util.ArrayList;
import java.util.List;

/** A {@link RunReporter} that keeps what it is told, in order, for tests of what a trainer reports. */
public final class RecordingReporter implements RunReporter {

    /** A lifecycle call: its type and model, and the reason of a failure. */
    public record Lifecycle(RunEvent.Type type, String model, String reason) {
    }

    private final String runId;
    private final List<Lifecycle> lifecycle = new ArrayList<>();
    private final List<MetricEvent> metrics = new ArrayList<>();

    public RecordingReporter(String runId) {
        this.runId = runId;
    }

    @Override
    public String runId() {
        return runId;
    }

    @Override
    public synchronized void modelStarted(String model) {
        lifecycle.add(new Lifecycle(RunEvent.Type.MODEL_STARTED, model, null));
    }

    @Override
    public synchronized void modelFinished(String model) {
        lifecycle.add(new Lifecycle(RunEvent.Type.MODEL_FINISHED, model, null));
    }

    @Override
    public synchronized void modelFailed(String model, String reason) {
        lifecycle.add(new Lifecycle(RunEvent.Type.MODEL_FAILED, model, reason));
    }

    @Override
    public synchronized void metric(String model, int epoch, int totalEpochs, Split split, String name,
                                    double value) {
        metrics.add(new MetricEvent(runId, model, epoch, totalEpochs, split, name, value, 0));
    }

    @Override
    public boolean acknowledged() {
        return true;
    }

    public synchronized List<Lifecycle> lifecycle() {
        return List.copyOf(lifecycle);
    }

    public synchronized List<MetricEvent> metrics() {
        return List.copyOf(metrics);
    }
}
