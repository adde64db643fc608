package io.blindspots.results.rest;

import io.blindspots.results.domain.RunChanged;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Tells live clients which run changed; the SSE endpoint turns each id into the run's fresh summary. */
@ApplicationScoped
public class LiveUpdates {

    private final BroadcastProcessor<String> changes = BroadcastProcessor.create();

    // Synchronized: the Kafka channels announce from different threads, and a processor's signals must be serial.
    synchronized void changed(@Observes RunChanged change) {
        changes.onNext(change.runId());
    }

    public Multi<String> changes() {
        return changes;
    }
}
