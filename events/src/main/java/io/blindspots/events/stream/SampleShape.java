package io.blindspots.events.stream;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The shape of one sample of a run, as the stream header declares it: the one place that says how many values a
 * sample holds, how they are laid out and how they travel. Signals inject into a sample of a declared shape; models
 * say which shapes they accept.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({@JsonSubTypes.Type(value = ImageShape.class, name = ImageShape.KIND),
        @JsonSubTypes.Type(value = SequenceShape.class, name = SequenceShape.KIND)})
public sealed interface SampleShape permits ImageShape, SequenceShape {

    /** Values per sample. */
    int size();

    /** How each value travels in a batch record. */
    @JsonIgnore
    ValueEncoding encoding();

    /** The kind of sample, as the header names it ({@code image}, {@code sequence}). */
    @JsonIgnore
    String kind();
}
