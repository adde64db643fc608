package io.blindspots.convnet.domain;

import io.blindspots.events.stream.ImageShape;
import java.nio.file.Path;

/** One ConvNet of the catalog: how to build it for a dataset, and how its presets train it. */
public interface ConvNetArchitecture {

    /** The name specs use, as in {@link io.blindspots.events.Catalog#ARCHS}. */
    String name();

    /**
     * The training regime of a preset.
     *
     * @param preset {@link io.blindspots.events.Catalog#QUICK} or {@link io.blindspots.events.Catalog#PAPER}
     */
    TrainingOptions preset(String preset);

    /**
     * A freshly initialised network.
     *
     * @param shape   the input images
     * @param classes K, the width of the softmax output
     * @param options the optimizer and learning rate the network's updater uses
     * @param seed    seeds the weight initialisation
     */
    ConvNet build(ImageShape shape, int classes, TrainingOptions options, long seed);

    /** The network {@link ConvNet#save} wrote, ready to go on training. */
    ConvNet restore(Path checkpoint);
}
