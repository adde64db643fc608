package io.blindspots.runtime.stream;

/**
 * A run whose samples cannot be held by this trainer's heap: the run fails with this message, the trainer goes on.
 * Not a corrupt stream: the same run trains on a trainer with a larger {@code -Xmx}.
 */
public final class DatasetTooLargeException extends RuntimeException {

    public DatasetTooLargeException(String message) {
        super(message);
    }
}
