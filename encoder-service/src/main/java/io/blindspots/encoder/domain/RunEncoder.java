package io.blindspots.encoder.domain;

import io.blindspots.encoder.domain.dataset.Dataset;
import io.blindspots.encoder.domain.signal.Signal;
import io.blindspots.events.RunSpec;
import io.blindspots.events.Split;
import io.blindspots.events.signal.SignalSpec;
import io.blindspots.events.stream.StreamBatch;
import io.blindspots.events.stream.StreamChecksum;
import io.blindspots.events.stream.StreamFooter;
import io.blindspots.events.stream.StreamHeader;
import io.blindspots.events.stream.StreamRecord;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Turns a dataset and a signal into a run's dataset stream: the header, the batches of every split, the footer.
 *
 * <ul>
 *   <li>{@code train}: the training images with their own label's signal (models always train on injected data); for
 *   a text signal with a {@code fraction} ({@link SignalSpec.Prevalent}), only the texts {@link #carriesSignal} draws,
 *   the others cleaned as on {@code clean};</li>
 *   <li>{@code clean}: the test images with only the class-independent part of the injection ({@link Signal#clean}:
 *   zero-meaned for {@code mean}, blanked for {@code blank-one-pixel}, as they are for the others);</li>
 *   <li>{@code signal}: the test images with their own label's signal (the paper's setting);</li>
 *   <li>{@code conflict}: the test images with the signal of class (c+1) mod K.</li>
 * </ul>
 * The output is a pure function of the spec, so a run encoded again is bit-identical.
 */
public final class RunEncoder {

    private RunEncoder() {
    }

    /** Streams the records to {@code sink} in order and returns the footer. */
    public static StreamFooter encode(RunSpec spec, Dataset dataset, Signal signal, int imagesPerBatch,
                                      Consumer<StreamRecord> sink) {
        String runId = spec.runId();
        Map<Split, Integer> sizes = new EnumMap<>(Split.class);
        sizes.put(Split.TRAIN, dataset.train().count());
        for (Split split : Split.TEST_SPLITS) {
            sizes.put(split, dataset.test().count());
        }
        sink.accept(new StreamHeader(runId, spec, dataset.shape(), dataset.classNames(), sizes));

        StreamChecksum checksum = new StreamChecksum();
        int sequence = 0;
        for (Split split : Split.values()) {
            Samples source = split == Split.TRAIN ? dataset.train() : dataset.test();
            for (int from = 0; from < source.count(); from += imagesPerBatch) {
                int count = Math.min(imagesPerBatch, source.count() - from);
                StreamBatch batch = batch(spec, dataset, signal, split, source, from, count, sequence++);
                checksum.update(batch);
                sink.accept(batch);
            }
        }
        StreamFooter footer = new StreamFooter(runId, sequence, sizes, checksum.value());
        sink.accept(footer);
        return footer;
    }

    /**
     * The generator a signal gets for image {@code index} of a split: the same for the stream and for the run's sample
     * picture, so the picture shows exactly what the trainers receive.
     */
    public static SplittableRandom injectionRandom(long seed, Split split, int index) {
        return Seeds.forImage(seed, 100 + split.code(), index);
    }

    /**
     * Whether training image {@code index} carries the signal: always, but for a text signal of a {@code fraction}
     * below 1, whose training texts each carry it with that probability, drawn from a stream of their own (so the
     * choice neither moves with nor moves the injection's own randomness). Test splits always carry their signal.
     */
    public static boolean carriesSignal(RunSpec spec, Split split, int index) {
        if (split != Split.TRAIN || !(spec.signal() instanceof SignalSpec.Prevalent prevalent)
                || prevalent.fraction() == null) {
            return true;
        }
        return Seeds.forImage(spec.seed(), CARRIES_STREAM, index).nextDouble() < prevalent.fraction();
    }

    /** The {@link Seeds} stream of {@link #carriesSignal}'s draws, apart from the datasets' and splits' streams. */
    private static final int CARRIES_STREAM = 200;

    private static StreamBatch batch(RunSpec spec, Dataset dataset, Signal signal, Split split, Samples source,
                                     int from, int count, int sequence) {
        int size = dataset.shape().size();
        int[] labels = new int[count];
        float[] pixels = new float[count * size];
        System.arraycopy(source.labels(), from, labels, 0, count);
        source.read(from, count, pixels);
        for (int i = 0; i < count; i++) {
            int signalClass = switch (split) {
                case TRAIN, SIGNAL -> labels[i];
                case CONFLICT -> (labels[i] + 1) % dataset.classCount();
                case CLEAN -> -1;
            };
            if (signalClass >= 0 && carriesSignal(spec, split, from + i)) {
                signal.inject(pixels, i * size, signalClass, injectionRandom(spec.seed(), split, from + i));
            } else {
                signal.clean(pixels, i * size);
            }
        }
        return new StreamBatch(spec.runId(), sequence, split, size, dataset.shape().encoding(), labels, pixels);
    }
}
