package io.blindspots.events;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Which dataset a run uses and how much of it.
 *
 * @param name       one of {@link Catalog#DATASETS}
 * @param trainLimit at most this many training images (null: the dataset's default size)
 * @param testLimit  at most this many test images per test split (null: the dataset's default size)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DatasetSpec(String name, Integer trainLimit, Integer testLimit) {

    public DatasetSpec {
        RunSpec.require(name != null && Catalog.DATASETS.contains(name),
                "dataset.name", name, "one of " + Catalog.DATASETS);
        RunSpec.require(trainLimit == null || trainLimit > 0, "dataset.trainLimit", trainLimit, "a positive integer");
        RunSpec.require(testLimit == null || testLimit > 0, "dataset.testLimit", testLimit, "a positive integer");
    }
}
