package io.blindspots.baseline.config;

import io.blindspots.events.stream.SpoolDirectory;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.nio.file.Path;

/** The one spool of this service, where the intake writes and the trainer reads. */
public class SpoolProducer {

    @Produces
    @Singleton
    SpoolDirectory spool(BaselineConfig config) {
        return new SpoolDirectory(Path.of(config.spoolDirectory()));
    }
}
