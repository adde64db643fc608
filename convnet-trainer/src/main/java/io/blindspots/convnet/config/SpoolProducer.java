package io.blindspots.convnet.config;

import io.blindspots.events.stream.SpoolDirectory;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The one spool of this service, where {@link ConvnetTrainerConfig#spoolDirectory()} says. */
public class SpoolProducer {

    @Produces
    @Singleton
    SpoolDirectory spool(ConvnetTrainerConfig config) {
        return new SpoolDirectory(config.spoolDirectory());
    }
}
