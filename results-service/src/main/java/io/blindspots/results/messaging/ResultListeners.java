package io.blindspots.results.messaging;

import io.blindspots.events.Json;
import io.blindspots.events.MetricEvent;
import io.blindspots.events.RunEvent;
import io.blindspots.events.Topics;
import io.blindspots.results.domain.RunBook;
import io.blindspots.results.domain.RunChanged;
import io.blindspots.results.domain.RunChanged.Source;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Folds {@code run-events}, {@code training-metrics} and {@code run-samples} into the {@link RunBook}, then announces
 * a {@link RunChanged}. Each start reads the topics from the beginning under a fresh group id, which is how the state
 * survives restarts; the fold is idempotent, so replays are harmless. A record that cannot be read or folded is
 * logged and skipped: one bad producer must not stop the consumer. {@link ReplayProgress} learns each folded offset, so
 * that the service turns ready only once the replay has caught up.
 */
@ApplicationScoped
public class ResultListeners {

    private static final Logger LOG = Logger.getLogger(ResultListeners.class);

    private final RunBook book;
    private final Event<RunChanged> changes;
    private final ReplayProgress replay;

    public ResultListeners(RunBook book, Event<RunChanged> changes, ReplayProgress replay) {
        this.book = book;
        this.changes = changes;
        this.replay = replay;
    }

    @Incoming(Topics.RUN_EVENTS)
    public void onRunEvent(ConsumerRecord<String, String> record) {
        fold(record.value(), RunEvent.class, book::apply, RunEvent::runId, Source.RUN_EVENT);
        replay.folded(record.topic(), record.partition(), record.offset());
    }

    @Incoming(Topics.TRAINING_METRICS)
    public void onMetric(ConsumerRecord<String, String> record) {
        fold(record.value(), MetricEvent.class, book::apply, MetricEvent::runId, Source.METRIC);
        replay.folded(record.topic(), record.partition(), record.offset());
    }

    @Incoming(Topics.RUN_SAMPLES)
    public void onSamples(ConsumerRecord<String, byte[]> record) {
        if (record.key() != null && record.value() != null) {
            book.samples(record.key(), record.value());
            changes.fire(new RunChanged(record.key(), Source.SAMPLES));
        }
        replay.folded(record.topic(), record.partition(), record.offset());
    }

    private <T> void fold(String value, Class<T> type, Consumer<T> apply, Function<T, String> runId, Source source) {
        T event;
        try {
            event = Json.read(value, type);
            apply.accept(event);
        } catch (RuntimeException e) {
            LOG.warnf("skipping a %s record that cannot be folded: %s", type.getSimpleName(), e.getMessage());
            return;
        }
        changes.fire(new RunChanged(runId.apply(event), source));
    }
}
