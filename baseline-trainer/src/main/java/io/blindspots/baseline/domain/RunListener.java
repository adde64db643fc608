package io.blindspots.baseline.domain;

import io.blindspots.runtime.domain.SplitScores;

import java.time.Duration;

/**
 * What a {@link BaselineRun} reports as it goes, model by model, in this order: started, fitted, one score per test
 * split, then finished; or started and failed. The messaging layer turns these into events and meters.
 */
public interface RunListener {

    void modelStarted(String model);

    void modelFitted(String model, Duration fitTime, int trainingRows);

    void splitScored(String model, SplitScores scores);

    void modelFinished(String model);

    void modelFailed(String model, String reason);
}
