package io.blindspots.results.messaging;

import io.blindspots.events.views.RunView;
import io.blindspots.results.domain.RunBook;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.blindspots.results.messaging.PublishedBeforeStartResource.EPOCHS;
import static io.blindspots.results.messaging.PublishedBeforeStartResource.RUNS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * results-service started on topics that already hold {@value PublishedBeforeStartResource#RUNS} finished runs: it
 * must not call itself ready before it has folded all of them, every epoch of every run included.
 */
@QuarkusTest
@QuarkusTestResource(value = PublishedBeforeStartResource.class, restrictToAnnotatedClass = true)
class ReplayReadinessIT {

    @Inject
    RunBook book;

    @Test
    void theServiceIsReadyOnlyOnceEveryRecordTheTopicsHeldAtStartIsFolded() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> RestAssured.get("/q/health/ready").statusCode() == 200);

        // read the book at the first moment the service says it is ready: nothing may be missing yet
        for (int r = 0; r < RUNS; r++) {
            String runId = PublishedBeforeStartResource.spec(r).runId();
            RunView run = book.run(runId).orElseThrow(() -> new AssertionError(runId + " not folded"));
            assertThat(run.models().get("kdd4").curves().get("signal/accuracy")).as(runId).hasSize(EPOCHS);
            assertThat(run.models().get("kdd4").status().name()).as(runId).isEqualTo("FINISHED");
        }
        assertThat(RestAssured.get("/q/health/ready").asString()).contains("results-replay").contains("UP");
    }
}
