package io.blindspots.baseline.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of the baseline trainer, under {@code blindspots.baseline.*}; the spool, queue and publishing settings are
 * the trainer runtime's ({@code blindspots.trainer.*}): runs are trained one at a time.
 */
@ConfigMapping(prefix = "blindspots.baseline")
public interface BaselineConfig {

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
