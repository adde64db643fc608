package io.blindspots.events.stream;

/**
 * One record of a run's dataset stream on {@code dataset-batches}: a {@link StreamHeader}, then
 * {@link StreamBatch}es, then a {@link StreamFooter}, all keyed by the run id so they share one partition and stay in
 * order. {@link DatasetStreamCodec} turns them into bytes and back.
 */
public sealed interface StreamRecord permits StreamHeader, StreamBatch, StreamFooter {

    String runId();
}
