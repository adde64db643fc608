package io.blindspots.convnet.domain;

import io.blindspots.events.stream.ImageShape;
import io.blindspots.events.stream.SampleShape;
import io.blindspots.runtime.stream.ReceivedDataset;

import java.nio.file.Path;
import java.util.Set;

/** One ConvNet of the catalog: how to build it for a dataset, and how its presets train it. */
public interface ConvNetArchitecture {

    /**
     * Its label, as {@link io.blindspots.events.ConvNetSpec#label()} names it: the name of
     * {@link io.blindspots.events.Catalog#ARCHS}, or {@code arch+variant} ({@code kdd4+coordconv}).
     */
    String name();

    /**
     * The training regime of a preset.
     *
     * @param preset {@link io.blindspots.events.Catalog#QUICK} or {@link io.blindspots.events.Catalog#PAPER}
     */
    TrainingOptions preset(String preset);

    /** The kinds of sample it takes ({@link ImageShape#KIND}, {@link io.blindspots.events.stream.SequenceShape#KIND}). */
    default Set<String> takes() {
        return Set.of(ImageShape.KIND);
    }

    /**
     * A freshly initialised network.
     *
     * @param shape   the input samples, of a kind it {@link #takes()}
     * @param classes K, the width of the softmax output
     * @param options the optimizer and learning rate the network's updater uses
     * @param seed    seeds the weight initialisation
     */
    ConvNet build(SampleShape shape, int classes, TrainingOptions options, long seed);

    /** The network {@link ConvNet#save} wrote, ready to go on training. */
    ConvNet restore(Path checkpoint);

    /**
     * The input this network takes from a dataset's samples.
     *
     * @throws IllegalArgumentException naming the network, the dataset and its samples when it does not take them
     */
    static SampleShape input(ConvNetArchitecture arch, ReceivedDataset dataset) {
        SampleShape shape = dataset.header().shape();
        if (arch.takes().contains(shape.kind())) {
            return shape;
        }
        throw new IllegalArgumentException(arch.name() + " takes samples of " + arch.takes().stream().sorted()
                .toList() + "; dataset '" + dataset.header().spec().dataset().name() + "' has samples of "
                + shape.kind() + " (" + shape + ")");
    }
}
