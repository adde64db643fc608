package io.blindspots.runtime.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The runtime's settings ({@code blindspots.trainer.*}); their defaults, and the Kafka channels both trainers share,
 * are in this jar's {@code trainer-runtime.properties}, which each trainer loads
 * ({@code quarkus.config.locations}) below its own {@code application.properties}.
 */
@ConfigMapping(prefix = "blindspots.trainer")
public interface TrainerRuntimeConfig {

    /** The service named as the source of its run events ({@code convnet-trainer}, {@code baseline-trainer}). */
    String source();

    /**
     * Where dataset streams are spooled until their run is trained, and where done-markers are kept. It must survive
     * a restart of the service for runs to resume: offsets are committed once a record is here.
     */
    Path spoolDirectory();

    /** How long a run waits for the broker to acknowledge its events before it is marked done. */
    @WithDefault("60s")
    Duration publishTimeout();

    /**
     * Whole runs waiting for the training thread. When more arrive, the rest wait in the spool (on disk, not in
     * memory) and are queued once the queue has drained.
     */
    @WithDefault("64")
    int queueCapacity();

    /**
     * When a rebalance moves the partition of the run in training to another replica, how long the revocation waits
     * for the run to finish before cutting it short (the new owner then trains it from the start). Below the
     * consumer's {@code max.poll.interval.ms} (5 minutes by default), within which a rebalance must complete.
     */
    @WithDefault("4m")
    Duration handOverTimeout();
}
