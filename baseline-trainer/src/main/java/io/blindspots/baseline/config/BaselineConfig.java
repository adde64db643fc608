package io.blindspots.baseline.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the baseline trainer, under {@code blindspots.baseline.*}. */
@ConfigMapping(prefix = "blindspots.baseline")
public interface BaselineConfig {

    /**
     * Where dataset streams are spooled until they are whole and trained, and where finished runs are marked. It must
     * outlive a restart: committed offsets point past what is only here.
     */
    @WithDefault(".blindspots/baseline-trainer/spool")
    String spoolDirectory();

    /** Runs trained at the same time. Each holds its dataset in memory, so one is the safe default. */
    @WithDefault("1")
    int workers();

    /**
     * Models of one run fitted at the same time; 0 (the default) means one per available processor. Models that are
     * parallel inside (the forests, logistic regression) share the same cores.
     */
    @WithDefault("0")
    int parallelFits();

    /** Test images predicted per chunk: bounds the memory of evaluating a 10,000-image split. */
    @WithDefault("1024")
    int predictionChunk();
}
