package io.blindspots.results.messaging;

import io.blindspots.events.Json;
import io.blindspots.events.MetricEvent;
import io.blindspots.events.RunEvent;
import io.blindspots.events.Topics;
import io.blindspots.results.domain.RunBook;
import io.blindspots.results.metrics.ResultMeters;
import io.blindspots.results.rest.LiveUpdates;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Folds {@code run-events}, {@code training-metrics} and {@code run-samples} into the {@link RunBook}. Each start
 * reads the topics from the beginning under a fresh group id, which is how the state survives restarts; the fold is
 * idempotent, so replays are harmless. An unreadable record is logged and skipped.
 */
@ApplicationScoped
public class ResultListeners {

    private static final Logger LOG = Logger.getLogger(ResultListeners.class);

    private final RunBook book;
    private final ResultMeters meters;
    private final LiveUpdates live;

    public ResultListeners(RunBook book, ResultMeters meters, LiveUpdates live) {
        this.book = book;
        this.meters = meters;
        this.live = live;
    }

    @Incoming(Topics.RUN_EVENTS)
    public void onRunEvent(String value) {
        RunEvent event;
        try {
            event = Json.read(value, RunEvent.class);
        } catch (RuntimeException e) {
            LOG.warnf("skipping an unreadable run event: %s", e.getMessage());
            return;
        }
        book.apply(event);
        meters.runEvent();
        live.changed(event.runId());
    }

    @Incoming(Topics.TRAINING_METRICS)
    public void onMetric(String value) {
        MetricEvent event;
        try {
            event = Json.read(value, MetricEvent.class);
        } catch (RuntimeException e) {
            LOG.warnf("skipping an unreadable metric event: %s", e.getMessage());
            return;
        }
        book.apply(event);
        meters.metric(event, book.summary(event.runId()).orElse(null));
        live.changed(event.runId());
    }

    @Incoming(Topics.RUN_SAMPLES)
    public void onSamples(ConsumerRecord<String, byte[]> record) {
        if (record.key() != null && record.value() != null) {
            book.samples(record.key(), record.value());
        }
    }
}
