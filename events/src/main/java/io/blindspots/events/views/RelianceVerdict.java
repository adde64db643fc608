package io.blindspots.events.views;

/**
 * Does a model follow the injected signal? Decided per table cell by results-service from each run's conflict split,
 * against the signal reliance the same model would show if it ignored the signal (its clean-split share of
 * predictions naming (c+1) mod K); the test is stated in docs/design.md, "Signal reliance".
 */
public enum RelianceVerdict {
    /** Its conflict predictions follow the signal clearly more often than a signal-blind model's would. */
    USES_SIGNAL("uses the signal"),
    /** They follow it no more than a signal-blind model's, within the margin. */
    IGNORES_SIGNAL("ignores it"),
    /** Too few images, runs that disagree, or no yardstick yet. */
    CANNOT_TELL("cannot tell");

    private final String words;

    RelianceVerdict(String words) {
        this.words = words;
    }

    /** How tables print it. */
    public String words() {
        return words;
    }
}
