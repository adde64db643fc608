package io.blindspots.runtime.stream;

import io.blindspots.events.Split;
import io.blindspots.events.stream.CorruptStreamException;
import io.blindspots.events.stream.StreamBatch;
import io.blindspots.events.stream.StreamChecksum;
import io.blindspots.events.stream.StreamFooter;
import io.blindspots.events.stream.StreamHeader;
import io.blindspots.events.stream.StreamRecord;
import io.blindspots.events.stream.ValueEncoding;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rebuilds one run's dataset from its stream records and checks them against the header and the footer. Batches are
 * written into their split's storage as they come, in sequence order (one ahead of a gap waits for it), so a run is
 * held once, in its wire encoding's size (one byte per symbol code for text), never twice. A replayed record that
 * repeats one already seen is ignored (so redelivery never counts a sample twice); anything else out of place is a
 * {@link CorruptStreamException}.
 */
public final class StreamAssembler {

    private final String runId;
    private StreamHeader header;
    private Map<Split, SplitBuilder> splits;
    /** Where each placed batch went: index = sequence. */
    private final List<Placement> placed = new ArrayList<>();
    /** Batches that arrived ahead of a missing one. */
    private final TreeMap<Integer, StreamBatch> waiting = new TreeMap<>();
    private final StreamChecksum checksum = new StreamChecksum();
    private StreamFooter footer;

    public StreamAssembler(String runId) {
        this.runId = runId;
    }

    /**
     * Takes the next record of the run.
     *
     * @return true once the footer has arrived (the stream is whole and can be {@linkplain #dataset() verified})
     */
    public boolean accept(StreamRecord record) {
        if (!runId.equals(record.runId())) {
            throw new CorruptStreamException("record of run " + record.runId() + " in the stream of " + runId);
        }
        switch (record) {
            case StreamHeader h -> acceptHeader(h);
            case StreamBatch b -> acceptBatch(b);
            case StreamFooter f -> {
                requireHeader("footer");
                if (footer != null && !footer.equals(f)) {
                    throw new CorruptStreamException("a second, different footer for run " + runId);
                }
                footer = f;
            }
        }
        return footer != null;
    }

    private void acceptHeader(StreamHeader h) {
        if (header != null) {
            if (!header.equals(h)) {
                throw new CorruptStreamException("a second, different header for run " + runId);
            }
            return;
        }
        long bytes = 0;
        for (Map.Entry<Split, Integer> size : h.splitSizes().entrySet()) {
            if (size.getValue() < 0) {
                throw new CorruptStreamException("run %s: the header declares %d %s samples"
                        .formatted(runId, size.getValue(), size.getKey()));
            }
            bytes += (long) size.getValue() * h.sampleSize() * h.shape().encoding().bytes();
        }
        long heap = Runtime.getRuntime().maxMemory();
        if (bytes > heap) {
            throw tooLarge(h, bytes, heap);
        }
        splits = new EnumMap<>(Split.class);
        try {
            for (Map.Entry<Split, Integer> size : h.splitSizes().entrySet()) {
                splits.put(size.getKey(), new SplitBuilder(size.getValue(), h.sampleSize(), h.shape().encoding()));
            }
        } catch (OutOfMemoryError e) {
            splits = null; // what was allocated is garbage again
            throw tooLarge(h, bytes, heap);
        }
        header = h;
    }

    private DatasetTooLargeException tooLarge(StreamHeader h, long bytes, long heap) {
        return new DatasetTooLargeException(("run %s: its %s samples of %s need %d MB, more than this trainer's heap"
                + " can give (at most %d MB: raise its -Xmx)").formatted(runId, h.splitSizes(), h.shape(), bytes >> 20,
                heap >> 20));
    }

    private void acceptBatch(StreamBatch batch) {
        requireHeader("batch " + batch.sequence());
        if (batch.sampleSize() != header.sampleSize() || batch.encoding() != header.shape().encoding()) {
            throw new CorruptStreamException("batch " + batch.sequence() + " has samples of " + batch.sampleSize()
                    + " " + batch.encoding() + " values, the header says " + header.shape());
        }
        for (int label : batch.labels()) {
            if (label < 0 || label >= header.classCount()) {
                throw new CorruptStreamException("batch " + batch.sequence() + " has label " + label + " outside [0, "
                        + header.classCount() + ")");
            }
        }
        if (batch.sequence() < placed.size()) {
            Placement where = placed.get(batch.sequence());
            if (!splits.get(where.split()).holds(where, batch)) {
                throw new CorruptStreamException("batch " + batch.sequence() + " arrived twice with different contents");
            }
            return;
        }
        StreamBatch seen = waiting.putIfAbsent(batch.sequence(), batch);
        if (seen != null && !seen.equals(batch)) {
            throw new CorruptStreamException("batch " + batch.sequence() + " arrived twice with different contents");
        }
        for (StreamBatch next = waiting.remove(placed.size()); next != null; next = waiting.remove(placed.size())) {
            place(next);
        }
    }

    private void place(StreamBatch batch) {
        SplitBuilder split = splits.get(batch.split());
        if (split == null || split.filled() + batch.count() > split.declared) {
            throw new CorruptStreamException("run %s: batch %d brings %s samples beyond the %d the header declares"
                    .formatted(runId, batch.sequence(), batch.split(), split == null ? 0 : split.declared));
        }
        placed.add(split.append(batch));
        checksum.update(batch);
    }

    private void requireHeader(String what) {
        if (header == null) {
            throw new CorruptStreamException(what + " of run " + runId + " arrived before its header");
        }
    }

    public boolean isComplete() {
        return footer != null;
    }

    public StreamHeader header() {
        return header;
    }

    /** The verified dataset: every batch present once, counts and checksum as the footer says. */
    public ReceivedDataset dataset() {
        if (footer == null) {
            throw new CorruptStreamException("the stream of run " + runId + " has no footer yet");
        }
        if (placed.size() != footer.batchCount() || !waiting.isEmpty()) {
            throw new CorruptStreamException("run %s: footer says %d batches, received %d in sequence from 0%s"
                    .formatted(runId, footer.batchCount(), placed.size(),
                            waiting.isEmpty() ? "" : " and sequences " + waiting.keySet() + " after a gap"));
        }
        if (checksum.value() != footer.checksum()) {
            throw new CorruptStreamException("run %s: checksum of the batches %08x, footer says %08x"
                    .formatted(runId, checksum.value(), footer.checksum()));
        }
        Map<Split, SplitData> data = new EnumMap<>(Split.class);
        for (Split split : Split.values()) {
            SplitBuilder builder = splits.get(split);
            int count = builder == null ? 0 : builder.filled();
            int declared = header.splitSizes().getOrDefault(split, 0);
            int footerCount = footer.counts().getOrDefault(split, 0);
            if (count != declared || count != footerCount) {
                throw new CorruptStreamException("run %s: %d %s samples received, header says %d, footer says %d"
                        .formatted(runId, count, split, declared, footerCount));
            }
            if (count > 0) {
                data.put(split, builder.build());
            }
        }
        return new ReceivedDataset(header, data);
    }

    /** Where batch {@code sequence}'s samples were written: {@code count} samples from {@code from} of a split. */
    private record Placement(Split split, int from, int count) {
    }

    /** One split's storage, allocated once from the header's size and filled batch by batch. */
    private static final class SplitBuilder {

        final int declared;
        final int sampleSize;
        final SplitData.Writer writer;

        SplitBuilder(int declared, int sampleSize, ValueEncoding encoding) {
            this.declared = declared;
            this.sampleSize = sampleSize;
            this.writer = SplitData.writer(declared, sampleSize, encoding != ValueEncoding.F32);
        }

        int filled() {
            return writer.filled();
        }

        Placement append(StreamBatch batch) {
            Placement placement = new Placement(batch.split(), writer.filled(), batch.count());
            for (int i = 0; i < batch.count(); i++) {
                writer.append(batch.labels()[i], batch.values(), i * sampleSize);
            }
            return placement;
        }

        /** Whether the samples written for {@code placement} are exactly {@code batch}'s. */
        boolean holds(Placement placement, StreamBatch batch) {
            if (placement.split() != batch.split() || placement.count() != batch.count()) {
                return false;
            }
            for (int i = 0; i < batch.count(); i++) {
                if (!writer.holds(placement.from() + i, batch.labels()[i], batch.values(), i * sampleSize)) {
                    return false;
                }
            }
            return true;
        }

        SplitData build() {
            return writer.build();
        }
    }
}
