package io.blindspots.runtime.stream;

import io.blindspots.events.Split;
import io.blindspots.events.stream.StreamHeader;

import java.util.Map;

/**
 * A run's whole dataset as a trainer rebuilt it from the stream, verified against the footer.
 *
 * @param header the stream header (spec, shape, classes)
 * @param splits every split's images
 */
public record ReceivedDataset(StreamHeader header, Map<Split, SplitData> splits) {

    public ReceivedDataset {
        splits = Map.copyOf(splits);
    }

    public SplitData split(Split split) {
        SplitData data = splits.get(split);
        if (data == null) {
            throw new IllegalArgumentException("the stream of " + header.runId() + " has no " + split + " split");
        }
        return data;
    }
}
