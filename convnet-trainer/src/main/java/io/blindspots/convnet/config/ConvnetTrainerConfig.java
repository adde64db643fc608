package io.blindspots.convnet.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * The ConvNet trainer's own settings ({@code blindspots.convnet.*}); the spool, queue and publishing settings are the
 * trainer runtime's ({@code blindspots.trainer.*}), Kafka's live under {@code mp.messaging}.
 */
@ConfigMapping(prefix = "blindspots.convnet")
public interface ConvnetTrainerConfig {

    /**
     * Where each run in training keeps the checkpoint of its last finished epoch (one directory per run id), so
     * that a restarted service resumes the run there instead of from scratch. Removed once the run is done.
     */
    @WithDefault("${java.io.tmpdir}/blindspots/convnet-trainer/checkpoints")
    Path checkpointDirectory();

    /**
     * Threads ND4J's native ops (oneDNN, OpenBLAS, OpenMP) use; empty: one per core. Runs are trained one at a
     * time on a single training thread, because one run already keeps every core busy.
     */
    OptionalInt nativeThreads();

    /** Images per inference batch when a test split is scored. */
    @WithDefault("256")
    int evaluationBatchSize();
}
