package io.blindspots.results.domain;

/**
 * Announces that a record was folded into the {@link RunBook}, so that views of the book (meters, live pages) can
 * follow without the fold knowing them.
 *
 * @param runId  the run that may have changed
 * @param source the kind of record folded
 */
public record RunChanged(String runId, Source source) {

    public enum Source { RUN_EVENT, METRIC, SAMPLES }
}
