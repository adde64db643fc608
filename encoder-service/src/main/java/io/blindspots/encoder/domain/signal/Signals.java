package io.blindspots.encoder.domain.signal;

import io.blindspots.encoder.domain.dataset.Dataset;
import io.blindspots.events.InvalidSpecException;
import io.blindspots.events.signal.BlankOnePixelSpec;
import io.blindspots.events.signal.LengthSpec;
import io.blindspots.events.signal.MnemonicSpec;
import io.blindspots.events.signal.PatternCharSpec;
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
import io.blindspots.events.stream.SequenceShape;

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
     * @throws InvalidSpecException when the signal is for another kind of sample (an image signal on texts, a text
     *                              signal on images), or a parameter does not fit the samples (a pixel outside the
     *                              image, a position past the sequence, ...)
     */
    public static Signal create(SignalSpec spec, String dataset, SampleShape shape, int classes) {
        return switch (spec) {
            case NoSignalSpec s -> NoSignal.of(s, shape, classes);
            case OnePixelSpec s -> OnePixelSignal.of(s, image(s, dataset, shape), classes);
            case PatternPixelsSpec s -> PatternPixelsSignal.of(s, image(s, dataset, shape), classes);
            case RandomPixelSpec s -> RandomPixelSignal.of(s, image(s, dataset, shape), classes);
            case MultipleLocationsSpec s -> MultipleLocationsSignal.of(s, image(s, dataset, shape), classes);
            case NoiseSpec s -> NoiseSignal.of(s, image(s, dataset, shape), classes);
            case MeanSpec s -> MeanSignal.of(s, image(s, dataset, shape), classes);
            case BlankOnePixelSpec s -> BlankOnePixelSignal.of(s, image(s, dataset, shape), classes);
            case MnemonicSpec s -> MnemonicSignal.of(s, sequence(s, dataset, shape), classes);
            case LengthSpec s -> LengthSignal.of(s, sequence(s, dataset, shape), classes);
            case PatternCharSpec s -> PatternCharSignal.of(s, sequence(s, dataset, shape), classes);
        };
    }

    private static ImageShape image(SignalSpec spec, String dataset, SampleShape shape) {
        if (shape instanceof ImageShape image) {
            return image;
        }
        throw mismatch(spec, "an image", dataset, shape, ImageShape.KIND);
    }

    private static SequenceShape sequence(SignalSpec spec, String dataset, SampleShape shape) {
        if (shape instanceof SequenceShape sequence) {
            return sequence;
        }
        throw mismatch(spec, "a text", dataset, shape, SequenceShape.KIND);
    }

    private static InvalidSpecException mismatch(SignalSpec spec, String what, String dataset, SampleShape shape,
                                                 String kind) {
        return new InvalidSpecException("signal.type", "signal.type: '" + spec.type() + "' is " + what + " signal,"
                + " but dataset '" + dataset + "' holds " + shape.kind() + " samples (" + shape + "); allowed: a"
                + " dataset of " + kind + " samples");
    }
}
