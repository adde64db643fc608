package io.blindspots.runtime.domain;

import io.blindspots.events.RunEnvironment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RunEnvironmentsTest {

    @Test
    void namesTheBuildTheCpuAndTheBackend() {
        RunEnvironment environment = RunEnvironments.of("JVM 25");

        // Maven filtered the project version in; the commit is "unknown" unless the build was given one.
        assertThat(environment.codeVersion()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\+\\S+");
        assertThat(environment.cpu()).endsWith(Runtime.getRuntime().availableProcessors() + " cores")
                .doesNotStartWith(",");
        assertThat(environment.backend()).isEqualTo("JVM 25");
        assertThat(environment.describe()).contains("JVM 25").contains("code " + environment.codeVersion());
    }
}
