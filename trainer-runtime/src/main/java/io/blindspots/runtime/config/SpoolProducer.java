package io.blindspots.runtime.config;

import io.blindspots.runtime.stream.SpoolDirectory;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The one spool of a trainer, where {@link TrainerRuntimeConfig#spoolDirectory()} says. */
public class SpoolProducer {

    @Produces
    @Singleton
    SpoolDirectory spool(TrainerRuntimeConfig config) {
        return new SpoolDirectory(config.spoolDirectory());
    }
}
