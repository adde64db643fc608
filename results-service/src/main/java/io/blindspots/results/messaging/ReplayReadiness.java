package io.blindspots.results.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready until the start-up replay has folded what the topics held at start ({@link ReplayProgress}): a restarted
 * results-service answers with the tables it had, never with a half-rebuilt one.
 */
@Readiness
@ApplicationScoped
public class ReplayReadiness implements HealthCheck {

    private final ReplayProgress progress;

    public ReplayReadiness(ReplayProgress progress) {
        this.progress = progress;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("results-replay");
        if (progress.caughtUp()) {
            return response.up().build();
        }
        response.down();
        progress.remaining().forEach(response::withData);
        return response.build();
    }
}
