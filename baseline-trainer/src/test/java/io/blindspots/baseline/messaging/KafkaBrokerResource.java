package io.blindspots.baseline.messaging;

import io.blindspots.baseline.OnePixelStreams;
import io.blindspots.events.RunSpec;
import io.blindspots.events.stream.DatasetStreamCodec;
import io.blindspots.runtime.stream.SpoolDirectory;
import io.blindspots.runtime.testing.TrainerKafkaResource;

/**
 * The trainers' broker and fresh spool, the spool already holding one whole, untrained run, as a trainer stopped
 * between spooling and training would have left it.
 */
public class KafkaBrokerResource extends TrainerKafkaResource {

    static final RunSpec LEFT_IN_SPOOL = OnePixelStreams.spec("it-left-in-spool", "\"decision-tree\"");

    @Override
    protected void seed(SpoolDirectory spool) {
        OnePixelStreams.stream(LEFT_IN_SPOOL, 1000, 100, 26)
                .forEach(r -> spool.offer(r.runId(), DatasetStreamCodec.encode(r)));
    }
}
