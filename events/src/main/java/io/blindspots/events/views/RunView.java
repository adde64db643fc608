package io.blindspots.events.views;

import java.util.Map;

/**
 * A run as the REST API shows it. Every field is always present (null when unknown yet), so clients can rely on the
 * shape.
 *
 * @param runId     the run
 * @param parentId  its sweep, if any
 * @param dataset   dataset name (null until the spec is seen)
 * @param signal    signal label: the type, with "@scale" when the scale is not the default
 * @param seed      the run's seed
 * @param setting   the run's setting: its spec without run id, sweep and seed, as an id ("set-…"); the table's
 *                  rows and the {@code setting} filter of {@code GET /runs} and {@code GET /table} use it
 * @param status    PENDING (only metrics seen), ENCODING, TRAINING, FINISHED or FAILED
 * @param message   why the run failed, or the encoder's summary
 * @param updatedAt epoch milliseconds of the latest event
 * @param models    model name → its state, ConvNet first
 */
public record RunView(String runId, String parentId, String dataset, String signal, Long seed, String setting,
                      RunStatus status,
                      String message, long updatedAt, Map<String, ModelView> models) {
}
