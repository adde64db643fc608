package io.blindspots.encoder.messaging;

import io.blindspots.encoder.config.EncoderConfig;
import io.blindspots.encoder.domain.RunEncoder;
import io.blindspots.encoder.domain.dataset.Dataset;
import io.blindspots.encoder.domain.dataset.Datasets;
import io.blindspots.encoder.domain.signal.Signal;
import io.blindspots.encoder.domain.signal.Signals;
import io.blindspots.encoder.metrics.EncoderMetrics;
import io.blindspots.events.InvalidSpecException;
import io.blindspots.events.RunEvent;
import io.blindspots.events.RunSpec;
import io.blindspots.events.RunSpecs;
import io.blindspots.events.Split;
import io.blindspots.events.Topics;
import io.blindspots.events.stream.DatasetStreamCodec;
import io.blindspots.events.stream.StreamBatch;
import io.blindspots.events.stream.StreamFooter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Consumes {@code run-specs}: a bad spec goes to {@code run-specs-rejected} with the reason and the service goes on;
 * a spec of a run already encoded is skipped; a good one is loaded, injected and published as the run's stream.
 * Kafka errors are not caught: the record's offset then stays uncommitted and a restart resumes it.
 */
@ApplicationScoped
public class SpecIntake {

    private static final Logger LOG = Logger.getLogger(SpecIntake.class);

    private final EncoderPublisher publisher;
    private final EncodedRuns encodedRuns;
    private final EncoderMetrics metrics;
    private final EncoderConfig config;

    public SpecIntake(EncoderPublisher publisher, EncodedRuns encodedRuns, EncoderMetrics metrics,
                      EncoderConfig config) {
        this.publisher = publisher;
        this.encodedRuns = encodedRuns;
        this.metrics = metrics;
        this.config = config;
    }

    @Incoming(Topics.RUN_SPECS)
    @Blocking(ordered = true)
    public void onSpec(ConsumerRecord<String, byte[]> record) {
        byte[] payload = record.value() == null ? new byte[0] : record.value();
        RunSpec spec;
        Dataset dataset;
        Signal signal;
        try {
            spec = RunSpecs.parse(new String(payload, StandardCharsets.UTF_8));
            dataset = Datasets.load(spec.dataset(), spec.seed());
            signal = Signals.create(spec.signal(), dataset.shape(), dataset.classCount());
        } catch (InvalidSpecException e) {
            LOG.warnf("rejected spec (key %s): %s", record.key(), e.getMessage());
            publisher.reject(record.key(), payload, e.getMessage());
            metrics.rejected();
            return;
        }
        if (encodedRuns.contains(spec.runId())) {
            LOG.infof("run %s is already encoded; the spec was sent again, skipping it", spec.runId());
            metrics.duplicate();
            return;
        }
        metrics.accepted();
        try {
            encode(spec, dataset, signal);
        } catch (PublishException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.errorf(e, "run %s failed while encoding", spec.runId());
            publisher.runEvent(RunEvent.of(spec.runId(), RunEvent.Type.RUN_FAILED, EncoderPublisher.SOURCE, null,
                    "encoding failed: " + e));
        }
    }

    private void encode(RunSpec spec, Dataset dataset, Signal signal) {
        publisher.runEvent(new RunEvent(spec.runId(), RunEvent.Type.ACCEPTED, EncoderPublisher.SOURCE, null,
                System.currentTimeMillis(), null, spec, null));
        EncoderPublisher.Stream stream = publisher.stream();
        int perBatch = DatasetStreamCodec.imagesPerBatch(spec.runId(), dataset.shape().size(), config.maxRecordBytes());
        StreamFooter footer = metrics.encodeTimer().record(() -> {
            StreamFooter last = RunEncoder.encode(spec, dataset, signal, perBatch, r -> {
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
        publisher.runEvent(new RunEvent(spec.runId(), RunEvent.Type.ENCODED, EncoderPublisher.SOURCE, null,
                System.currentTimeMillis(), "%d train and %d x3 test images in %d batches".formatted(
                footer.counts().get(Split.TRAIN), footer.counts().get(Split.CLEAN), footer.batchCount()),
                null, counts));
        encodedRuns.add(spec.runId());
        LOG.infof("run %s encoded: %s", spec.runId(), counts);
    }
}
