package io.blindspots.events;

import java.util.regex.Pattern;

/**
 * The rule for a run id, defined once: the run spec's schema ({@code runId.pattern}) states the same expression, and
 * {@code RunIdsTest} keeps the two equal. A run id names spool files and checkpoint directories, so it is short and
 * safe as a file name.
 */
public final class RunIds {

    /** A letter or digit, then up to 127 letters, digits, dots, underscores or hyphens. */
    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,127}";
    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private RunIds() {
    }

    public static boolean isValid(String runId) {
        return runId != null && COMPILED.matcher(runId).matches();
    }
}
