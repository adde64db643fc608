package io.blindspots.events.stream;

/** A dataset stream that cannot be trusted: bad bytes, a missing or extra batch, counts or checksums that disagree. */
public class CorruptStreamException extends RuntimeException {

    public CorruptStreamException(String message) {
        super(message);
    }

    public CorruptStreamException(String message, Throwable cause) {
        super(message, cause);
    }
}
