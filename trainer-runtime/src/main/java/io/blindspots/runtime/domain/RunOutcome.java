package io.blindspots.runtime.domain;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * How a run ended in a trainer, recorded once it is done so that a redelivered stream is never trained twice. A run
 * cut short by a shutdown has no outcome: it stays undone and is trained again on the next start.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "outcome")
@JsonSubTypes({@JsonSubTypes.Type(value = RunOutcome.Trained.class, name = "trained"),
        @JsonSubTypes.Type(value = RunOutcome.Failed.class, name = "failed"),
        @JsonSubTypes.Type(value = RunOutcome.Skipped.class, name = "skipped")})
public sealed interface RunOutcome {

    /** The bounded name of the outcome, for meters and logs. */
    String name();

    static RunOutcome trained() {
        return new Trained();
    }

    static RunOutcome failed(String reason) {
        return new Failed(reason);
    }

    static RunOutcome skipped(String reason) {
        return new Skipped(reason);
    }

    /** Every model this trainer was asked for has reported. */
    record Trained() implements RunOutcome {
        @Override
        public String name() {
            return "trained";
        }
    }

    /** The run could not be trained here: a stream that does not verify, a model that failed. */
    record Failed(String reason) implements RunOutcome {
        @Override
        public String name() {
            return "failed";
        }
    }

    /** The run asks nothing of this trainer. */
    record Skipped(String reason) implements RunOutcome {
        @Override
        public String name() {
            return "skipped";
        }
    }
}
