package io.blindspots.encoder.messaging;

import io.blindspots.encoder.config.EncoderConfig;
import io.blindspots.encoder.domain.RunEncoder;
import io.blindspots.encoder.domain.SampleGrid;
import io.blindspots.encoder.domain.dataset.Dataset;
import io.blindspots.encoder.domain.signal.Signal;
import io.blindspots.encoder.metrics.EncoderMetrics;
import io.blindspots.events.RunEvent;
import io.blindspots.events.RunSpec;
import io.blindspots.events.Split;
import io.blindspots.events.stream.DatasetStreamCodec;
import io.blindspots.events.stream.ImageShape;
import io.blindspots.events.stream.StreamBatch;
import io.blindspots.events.stream.StreamFooter;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.Map;

/** Publishes one accepted run: ACCEPTED, its sample picture, its whole dataset stream, then ENCODED. */
@ApplicationScoped
public class RunEncoding {

    private static final Logger LOG = Logger.getLogger(RunEncoding.class);

    private final EncoderPublisher publisher;
    private final EncoderMetrics metrics;
    private final EncoderConfig config;

    public RunEncoding(EncoderPublisher publisher, EncoderMetrics metrics, EncoderConfig config) {
        this.publisher = publisher;
        this.metrics = metrics;
        this.config = config;
    }

    public void encode(Prepared run) {
        RunSpec spec = run.spec();
        publisher.runEvent(new RunEvent(spec.runId(), RunEvent.Type.ACCEPTED, EncoderPublisher.SOURCE, null,
                System.currentTimeMillis(), null, spec, null));
        publisher.samples(spec.runId(), SampleGrid.png(run.dataset(), run.signal(), spec.seed(),
                config.samplesPerClass()));
        EncoderPublisher.Stream stream = publisher.stream();
        int perBatch = DatasetStreamCodec.samplesPerBatch(spec.runId(), run.dataset().shape(),
                config.maxRecordBytes());
        StreamFooter footer = metrics.encodeTimer().record(() -> {
            StreamFooter last = RunEncoder.encode(spec, run.dataset(), run.signal(), perBatch, r -> {
                stream.send(r);
                if (r instanceof StreamBatch) {
                    metrics.batchPublished();
                }
            });
            stream.confirm();
            return last;
        });
        Map<String, Long> counts = new HashMap<>();
        footer.counts().forEach((split, n) -> counts.put(split.wireName(), n.longValue()));
        counts.put("batches", (long) footer.batchCount());
        counts.put(RunEvent.CLASSES, (long) run.dataset().classCount());
        publisher.runEvent(new RunEvent(spec.runId(), RunEvent.Type.ENCODED, EncoderPublisher.SOURCE, null,
                System.currentTimeMillis(), "%d train and 3 x %d test %s in %d batches".formatted(
                footer.counts().get(Split.TRAIN), footer.counts().get(Split.CLEAN),
                run.dataset().shape() instanceof ImageShape ? "images" : "samples", footer.batchCount()),
                null, counts));
        LOG.infof("run %s encoded: %s", spec.runId(), counts);
    }

    /**
     * A run ready to encode: its spec, its loaded dataset and its signal.
     *
     * @param spec    the completed child spec
     * @param dataset the loaded dataset
     * @param signal  the signal built for the dataset's shape
     */
    public record Prepared(RunSpec spec, Dataset dataset, Signal signal) {
    }
}
