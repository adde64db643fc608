package io.blindspots.events;

/** Kafka record header names, named once. */
public final class Headers {

    /** On {@link Topics#RUN_SPECS_REJECTED}: why the spec was refused, naming the field and the allowed values. */
    public static final String ERROR = "blindspots-error";
    /** On {@link Topics#RUN_SPECS_REJECTED}: the service that refused it. */
    public static final String REJECTED_BY = "blindspots-rejected-by";

    private Headers() {
    }
}
