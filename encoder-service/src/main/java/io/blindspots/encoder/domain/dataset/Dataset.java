package io.blindspots.encoder.domain.dataset;

import io.blindspots.events.stream.ImageShape;
import io.blindspots.encoder.domain.LabeledImages;

import java.util.List;

/**
 * A source of labelled images, with its train and test parts, both capped by the spec's limits.
 *
 * @param name       the dataset's name in specs
 * @param shape      image shape
 * @param classNames the K class names, index = label
 * @param train      the training images (before injection)
 * @param test       the test images (before injection)
 */
public record Dataset(String name, ImageShape shape, List<String> classNames, LabeledImages train,
                      LabeledImages test) {

    public Dataset {
        classNames = List.copyOf(classNames);
    }

    public int classCount() {
        return classNames.size();
    }
}
