package io.blindspots.events;

/** A run spec that cannot run; the message names the field and what it may hold. */
public class InvalidSpecException extends IllegalArgumentException {

    private final String field;

    public InvalidSpecException(String field, String message) {
        super(message);
        this.field = field;
    }

    /**
     * Throws unless {@code ok}, with the message every spec check uses: "'field' is 'value'; allowed: ...".
     *
     * @param field   the field as a JSON path below the spec, such as {@code signal.scale}
     * @param allowed the values the field may hold, in words
     */
    public static void require(boolean ok, String field, Object value, String allowed) {
        if (!ok) {
            String given = value == null ? "missing" : "'" + value + "'";
            throw new InvalidSpecException(field, "'" + field + "' is " + given + "; allowed: " + allowed);
        }
    }

    /** The offending field as a JSON path below the spec, such as {@code signal.type}; "" for the whole document. */
    public String field() {
        return field;
    }
}
