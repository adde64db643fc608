package io.blindspots.encoder.domain.dataset;

import io.blindspots.encoder.domain.Samples;
import io.blindspots.events.stream.SampleShape;

import java.util.List;

/**
 * A source of labelled samples (images or texts), with its train and test parts, both capped by the spec's limits.
 *
 * @param name       the dataset's name in specs
 * @param shape      the shape of every sample, as the stream header declares it
 * @param classNames the K class names, index = label
 * @param train      the training samples (before injection)
 * @param test       the test samples (before injection)
 */
public record Dataset(String name, SampleShape shape, List<String> classNames, Samples train, Samples test) {

    public Dataset {
        classNames = List.copyOf(classNames);
    }

    public int classCount() {
        return classNames.size();
    }
}
