package io.blindspots.events.views;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.blindspots.events.RunEnvironment;

import java.util.Map;

/**
 * One model of a run, as the REST API shows it.
 *
 * @param status      PENDING, TRAINING, FINISHED or FAILED
 * @param epoch       the latest epoch with metrics
 * @param totalEpochs the epochs the model will train
 * @param etaSeconds  estimated seconds to the model's end, from its mean epoch time so far (null when unknown)
 * @param message     the failure reason, if any
 * @param environment the code version, CPU and backend that train it (null until its trainer says)
 * @param metrics     latest value per "split/name" (or "name" for values of the training process)
 * @param best        best value so far per "split/name" curve: highest accuracy, lowest loss
 * @param curves      value per epoch per "split/name" (only in the full run view; absent from summaries)
 */
public record ModelView(ModelStatus status, int epoch, int totalEpochs, Long etaSeconds, String message,
                        RunEnvironment environment, Map<String, Double> metrics, Map<String, Double> best,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Map<Integer, Double>> curves) {
}
