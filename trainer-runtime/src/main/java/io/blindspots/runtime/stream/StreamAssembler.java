package io.blindspots.runtime.stream;

import io.blindspots.events.Split;
import io.blindspots.events.stream.CorruptStreamException;
import io.blindspots.events.stream.StreamBatch;
import io.blindspots.events.stream.StreamChecksum;
import io.blindspots.events.stream.StreamFooter;
import io.blindspots.events.stream.StreamHeader;
import io.blindspots.events.stream.StreamRecord;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rebuilds one run's dataset from its stream records and checks them against the header and the footer. A replayed
 * record that repeats one already seen is ignored (so redelivery never counts an image twice); anything else out of
 * place is a {@link CorruptStreamException}.
 */
public final class StreamAssembler {

    private final String runId;
    private StreamHeader header;
    private final TreeMap<Integer, StreamBatch> batches = new TreeMap<>();
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
            case StreamHeader h -> {
                if (header != null && !header.equals(h)) {
                    throw new CorruptStreamException("a second, different header for run " + runId);
                }
                header = h;
            }
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
        StreamBatch seen = batches.putIfAbsent(batch.sequence(), batch);
        if (seen != null && !seen.equals(batch)) {
            throw new CorruptStreamException("batch " + batch.sequence() + " arrived twice with different contents");
        }
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
        if (batches.size() != footer.batchCount()
                || (!batches.isEmpty() && (batches.firstKey() != 0 || batches.lastKey() != footer.batchCount() - 1))) {
            throw new CorruptStreamException("run " + runId + ": footer says " + footer.batchCount()
                    + " batches, received " + batches.size() + " (sequences " + batches.keySet() + ")");
        }
        StreamChecksum checksum = new StreamChecksum();
        Map<Split, List<StreamBatch>> bySplit = new EnumMap<>(Split.class);
        for (StreamBatch batch : batches.values()) {
            checksum.update(batch);
            bySplit.computeIfAbsent(batch.split(), s -> new ArrayList<>()).add(batch);
        }
        if (checksum.value() != footer.checksum()) {
            throw new CorruptStreamException("run %s: checksum of the batches %08x, footer says %08x"
                    .formatted(runId, checksum.value(), footer.checksum()));
        }
        Map<Split, SplitData> splits = new EnumMap<>(Split.class);
        for (Split split : Split.values()) {
            List<StreamBatch> parts = bySplit.getOrDefault(split, List.of());
            int count = parts.stream().mapToInt(StreamBatch::count).sum();
            int declared = header.splitSizes().getOrDefault(split, 0);
            int footerCount = footer.counts().getOrDefault(split, 0);
            if (count != declared || count != footerCount) {
                throw new CorruptStreamException("run %s: %d %s samples received, header says %d, footer says %d"
                        .formatted(runId, count, split, declared, footerCount));
            }
            if (count > 0) {
                splits.put(split, concat(parts, count));
            }
        }
        return new ReceivedDataset(header, splits);
    }

    private SplitData concat(List<StreamBatch> parts, int count) {
        int size = header.sampleSize();
        int[] labels = new int[count];
        float[] values = new float[count * size];
        int at = 0;
        for (StreamBatch part : parts) {
            System.arraycopy(part.labels(), 0, labels, at, part.count());
            System.arraycopy(part.values(), 0, values, at * size, part.values().length);
            at += part.count();
        }
        return new SplitData(labels, values, size);
    }
}
