package io.blindspots.results.config;

import io.blindspots.results.domain.RunBook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The service's one {@link RunBook}; the domain class itself knows nothing of CDI. */
public class ResultBeans {

    @Produces
    @ApplicationScoped
    RunBook runBook() {
        return new RunBook();
    }
}
