package io.blindspots.encoder.messaging;

/** Kafka did not take a record. Not the spec's fault: the spec's offset stays uncommitted so a restart retries it. */
public class PublishException extends RuntimeException {

    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
