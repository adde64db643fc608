package io.blindspots.convnet.config;

import io.blindspots.convnet.domain.Checkpoints;
import io.blindspots.events.stream.SpoolDirectory;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The one spool of this service, where {@link ConvnetTrainerConfig#spoolDirectory()} says, and its checkpoints,
 * where {@link ConvnetTrainerConfig#checkpointDirectory()} says.
 */
public class SpoolProducer {

    @Produces
    @Singleton
    SpoolDirectory spool(ConvnetTrainerConfig config) {
        return new SpoolDirectory(config.spoolDirectory());
    }

    @Produces
    @Singleton
    Checkpoints checkpoints(ConvnetTrainerConfig config) {
        return new Checkpoints(config.checkpointDirectory());
    }
}
