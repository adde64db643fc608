package io.blindspots.runtime.domain;

import io.blindspots.events.RunSpec;
import io.blindspots.runtime.stream.ReceivedDataset;

/**
 * What a trainer service implements; the runtime does the rest (consuming and verifying the dataset stream,
 * queueing, resuming, publishing, recording the outcome). Runs are handed over one at a time, on one thread.
 */
public interface DatasetTrainer {

    /** Runs once on the training thread before the first run: load native libraries, say what the backend is. */
    default void prepare() {
    }

    /**
     * The numeric backend this trainer computes with, as results cite it ({@code RunEnvironment.backend}); asked
     * once, after {@link #prepare()}.
     */
    default String backend() {
        return "JVM " + Runtime.version().feature();
    }

    /**
     * Whether the run asks anything of this trainer, from its spec alone; when not, the runtime marks it skipped at
     * its stream header, without spooling or assembling its batches, and {@link #train} never sees it (a
     * baselines-only run of 34,000 images costs the ConvNet trainer neither disk nor heap).
     */
    default boolean asksOf(RunSpec spec) {
        return true;
    }

    /**
     * Trains what the run asks of this trainer and reports through {@code reporter}. A model that fails is reported
     * ({@link RunReporter#modelFailed}) and decides the outcome; it must not throw.
     *
     * @return trained, failed (with the reason) or skipped (the run asks nothing of this trainer)
     * @throws InterruptedException when a shutdown cut the run short: it stays undone and is trained again on the
     *                              next start
     */
    RunOutcome train(ReceivedDataset dataset, RunReporter reporter) throws InterruptedException;
}
