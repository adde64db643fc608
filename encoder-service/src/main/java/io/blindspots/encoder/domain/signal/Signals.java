package io.blindspots.encoder.domain.signal;

import io.blindspots.encoder.domain.dataset.Dataset;
import io.blindspots.events.InvalidSpecException;
import io.blindspots.events.signal.BlankOnePixelSpec;
import io.blindspots.events.signal.MeanSpec;
import io.blindspots.events.signal.MultipleLocationsSpec;
import io.blindspots.events.signal.NoSignalSpec;
import io.blindspots.events.signal.NoiseSpec;
import io.blindspots.events.signal.OnePixelSpec;
import io.blindspots.events.signal.PatternPixelsSpec;
import io.blindspots.events.signal.RandomPixelSpec;
import io.blindspots.events.signal.SignalSpec;
import io.blindspots.events.stream.ImageShape;
import io.blindspots.events.stream.SampleShape;

/**
 * Turns a spec's signal into a {@link Signal} for a dataset, or says clearly why it cannot. Each signal class builds
 * itself from its own spec record and checks it against the image shape ({@code of(spec, shape, classes)}); this
 * class only dispatches, and the compiler makes it name every signal type.
 */
public final class Signals {

    private Signals() {
    }

    /** A signal for the dataset's samples. */
    public static Signal create(SignalSpec spec, Dataset dataset) {
        return create(spec, dataset.name(), dataset.shape(), dataset.classCount());
    }

    /**
     * @param spec    the signal, defaults filled in ({@link SignalSpec#withDefaults(long)})
     * @param dataset the dataset's name, for the error message
     * @param shape   the shape the dataset's stream declares for one sample
     * @throws InvalidSpecException when the dataset's samples are not images, or a parameter does not fit them (a
     *                              pixel outside the image, ...)
     */
    public static Signal create(SignalSpec spec, String dataset, SampleShape shape, int classes) {
        // Every signal of the catalog writes pixels (Signal.inject works on float images): none takes another kind.
        if (!(shape instanceof ImageShape image)) {
            throw new InvalidSpecException("signal.type", "signal.type: '" + spec.type() + "' is an image signal, but "
                    + "dataset '" + dataset + "' holds " + shape.kind() + " samples (" + shape + "); allowed: a dataset"
                    + " of " + ImageShape.KIND + " samples");
        }
        return switch (spec) {
            case NoSignalSpec s -> NoSignal.of(s, image, classes);
            case OnePixelSpec s -> OnePixelSignal.of(s, image, classes);
            case PatternPixelsSpec s -> PatternPixelsSignal.of(s, image, classes);
            case RandomPixelSpec s -> RandomPixelSignal.of(s, image, classes);
            case MultipleLocationsSpec s -> MultipleLocationsSignal.of(s, image, classes);
            case NoiseSpec s -> NoiseSignal.of(s, image, classes);
            case MeanSpec s -> MeanSignal.of(s, image, classes);
            case BlankOnePixelSpec s -> BlankOnePixelSignal.of(s, image, classes);
        };
    }
}
