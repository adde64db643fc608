package io.blindspots.results.rest;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;

/** Tells live clients which run changed; the SSE endpoint turns each id into the run's fresh summary. */
@ApplicationScoped
public class LiveUpdates {

    private final BroadcastProcessor<String> changes = BroadcastProcessor.create();

    public void changed(String runId) {
        changes.onNext(runId);
    }

    public Multi<String> changes() {
        return changes;
    }
}
