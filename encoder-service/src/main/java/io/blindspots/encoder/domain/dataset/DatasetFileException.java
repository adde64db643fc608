package io.blindspots.encoder.domain.dataset;

/** A dataset's files are missing, truncated or not in the expected format; the message says which files it expects. */
public class DatasetFileException extends RuntimeException {

    public DatasetFileException(String message) {
        super(message);
    }

    public DatasetFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
