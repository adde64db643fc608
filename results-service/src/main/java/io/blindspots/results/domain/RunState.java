package io.blindspots.results.domain;

import io.blindspots.events.MetricEvent;
import io.blindspots.events.RunEvent;
import io.blindspots.events.RunSpec;
import io.blindspots.events.signal.SignalSpec;
import io.blindspots.events.views.ModelStatus;
import io.blindspots.events.views.ModelView;
import io.blindspots.events.views.RunStatus;
import io.blindspots.events.views.RunView;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One run, folded from its events in any order; applying an event twice changes nothing. */
final class RunState {

    private final String runId;
    private RunSpec spec;
    private RunSetting setting;
    private boolean encoded;
    private Map<String, Long> counts = Map.of();
    private String failure;
    private String message;
    private long updatedAt;
    private long startedAt = Long.MAX_VALUE;
    private final Map<String, ModelState> models = new LinkedHashMap<>();

    RunState(String runId) {
        this.runId = runId;
    }

    void apply(RunEvent event) {
        seen(event.timestamp());
        switch (event.type()) {
            case ACCEPTED -> {
                spec = event.spec();
                setting = RunSetting.of(spec);
                Map<String, ModelState> ordered = new LinkedHashMap<>();
                spec.models().forEach(m -> ordered.put(m, models.getOrDefault(m, new ModelState())));
                models.forEach(ordered::putIfAbsent);
                models.clear();
                models.putAll(ordered);
            }
            case ENCODED -> {
                encoded = true;
                message = event.message();
                counts = event.counts() == null ? Map.of() : event.counts();
            }
            case MODEL_STARTED -> {
                model(event.model()).started(event.timestamp());
                model(event.model()).environment(event.environment());
            }
            case MODEL_FINISHED -> model(event.model()).finished();
            case MODEL_FAILED -> model(event.model()).failed(event.message());
            case RUN_FAILED -> failure = Objects.requireNonNullElse(event.message(), "failed");
        }
    }

    void apply(MetricEvent event) {
        seen(event.timestamp());
        model(event.model()).record(event);
    }

    /** Min and max of the timestamps seen: both independent of the order and number of deliveries. */
    private void seen(long timestamp) {
        updatedAt = Math.max(updatedAt, timestamp);
        startedAt = Math.min(startedAt, timestamp);
    }

    private ModelState model(String name) {
        return models.computeIfAbsent(name, n -> new ModelState());
    }

    RunStatus status() {
        if (failure != null) {
            return RunStatus.FAILED;
        }
        if (spec == null) {
            return RunStatus.PENDING;
        }
        // The spec's models decide: a stray metric for a model the run does not train must not hold it open.
        List<String> planned = spec.models();
        if (!planned.isEmpty() && planned.stream().allMatch(m -> models.containsKey(m) && models.get(m).ended())) {
            return RunStatus.FINISHED;
        }
        return encoded || models.values().stream().anyMatch(m -> m.status() != ModelStatus.PENDING)
                ? RunStatus.TRAINING : RunStatus.ENCODING;
    }

    /**
     * The model's reported value of a metric ("split/name": at its best validation epoch, else its latest) while it
     * runs or once it finished; null otherwise. What the table's cells average.
     */
    Double reportedOf(String model, String metric) {
        ModelState state = models.get(model);
        return state == null || state.status() == ModelStatus.FAILED ? null : state.reported(metric);
    }

    /** Images in a split ("conflict"), as the encoder counted them; null before ENCODED. */
    Long images(String split) {
        return counts.get(split);
    }

    String runId() {
        return runId;
    }

    RunSpec spec() {
        return spec;
    }

    /** The run's setting (its spec without run id, sweep and seed); null until the spec is seen. */
    RunSetting setting() {
        return setting;
    }

    Map<String, ModelState> models() {
        return models;
    }

    long updatedAt() {
        return updatedAt;
    }

    /** The earliest timestamp of the run's events (normally its ACCEPTED event): what "newest" sorts by. */
    long startedAt() {
        return startedAt;
    }

    /** The ConvNet the spec names, or null: tables put it first. */
    String convnet() {
        return spec == null || spec.convnet() == null ? null : spec.convnet().arch();
    }

    /**
     * The signal as tables label it: the type, and "@scale" when the scale differs from the default, "@fraction"
     * when a text signal is carried by only a fraction of the training texts.
     */
    String signalLabel() {
        if (spec == null) {
            return null;
        }
        return switch (spec.signal()) {
            case SignalSpec.Scaled scaled when scaled.scale() != null
                    && scaled.scale() != SignalSpec.Scaled.DEFAULT_SCALE -> scaled.type() + "@" + scaled.scale();
            case SignalSpec.Prevalent prevalent when prevalent.fraction() != null ->
                    prevalent.type() + "@" + prevalent.fraction();
            default -> spec.signal().type();
        };
    }

    RunView view(boolean withCurves) {
        Map<String, ModelView> modelViews = new LinkedHashMap<>();
        models.forEach((name, state) -> modelViews.put(name, state.view(withCurves)));
        return new RunView(runId, spec == null ? null : spec.parentId(), spec == null ? null : spec.dataset().name(),
                signalLabel(), spec == null ? null : spec.seed(), setting == null ? null : setting.id(),
                status(), failure != null ? failure : message,
                updatedAt, modelViews);
    }
}
