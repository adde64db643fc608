package io.blindspots.events;

/** A run spec that cannot run; the message names the field and what it may hold. */
public class InvalidSpecException extends IllegalArgumentException {

    private final String field;

    public InvalidSpecException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The offending field as a JSON path below the spec, such as {@code signal.type}; "" for the whole document. */
    public String field() {
        return field;
    }
}
