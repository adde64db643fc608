package io.blindspots.events.stream;

import io.blindspots.events.Split;

import java.util.Map;

/**
 * Closes a run's dataset stream with what the batches must add up to.
 *
 * @param runId      the run
 * @param batchCount number of batches, sequences 0 .. batchCount-1
 * @param counts     images per split
 * @param checksum   CRC32 over every batch's body, in sequence order ({@link StreamChecksum})
 */
public record StreamFooter(String runId, int batchCount, Map<Split, Integer> counts, long checksum)
        implements StreamRecord {

    public StreamFooter {
        counts = Map.copyOf(counts);
    }
}
