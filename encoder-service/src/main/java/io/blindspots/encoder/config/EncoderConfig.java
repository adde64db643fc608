package io.blindspots.encoder.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the encoder, under {@code blindspots.encoder.*}. */
@ConfigMapping(prefix = "blindspots.encoder")
public interface EncoderConfig {

    /**
     * The largest dataset-stream record the encoder writes, in bytes. Under the broker's default
     * {@code message.max.bytes} (1 MiB) with room for the record overhead.
     */
    @WithDefault("900000")
    int maxRecordBytes();
}
