package io.blindspots.encoder.messaging;

import io.blindspots.encoder.config.EncoderConfig;
import io.blindspots.encoder.domain.SweepExpansion;
import io.blindspots.encoder.domain.dataset.Dataset;
import io.blindspots.encoder.domain.dataset.DatasetFileException;
import io.blindspots.encoder.domain.dataset.Datasets;
import io.blindspots.encoder.domain.signal.Signals;
import io.blindspots.encoder.metrics.EncoderMetrics;
import io.blindspots.events.InvalidSpecException;
import io.blindspots.events.RunEvent;
import io.blindspots.events.RunSpec;
import io.blindspots.events.RunSpecs;
import io.blindspots.events.Topics;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Consumes {@code run-specs}: a bad spec goes to {@code run-specs-rejected} with the reason and the service goes on;
 * a good spec whose record key is not its run id is published again keyed by it (so that one encoder of the group
 * owns each run: {@link SpecOwnership}); a sweep expands into child runs; a run already encoded is skipped; every
 * other run is loaded, injected and published. Kafka errors are not caught: the spec's offset then stays uncommitted and a restart resumes it.
 */
@ApplicationScoped
public class SpecIntake {

    private static final Logger LOG = Logger.getLogger(SpecIntake.class);

    private final EncoderPublisher publisher;
    private final EncodedRuns encodedRuns;
    private final EncoderMetrics metrics;
    private final RunEncoding encoding;
    private final Datasets datasets;
    private final SpecOwnership ownership;

    public SpecIntake(EncoderPublisher publisher, EncodedRuns encodedRuns, EncoderMetrics metrics,
                      RunEncoding encoding, EncoderConfig config,
                      @Identifier(SpecOwnership.NAME) SpecOwnership ownership) {
        this.ownership = ownership;
        this.publisher = publisher;
        this.encodedRuns = encodedRuns;
        this.metrics = metrics;
        this.encoding = encoding;
        this.datasets = new Datasets(config.cifar10Dir(), config.fashionMnistDir(), config.yelpFullDir(),
                config.amazonFullDir(), config.textCsvDir());
    }

    @Incoming(Topics.RUN_SPECS)
    @Blocking(ordered = true)
    public void onSpec(ConsumerRecord<String, byte[]> record) {
        ownership.beginSpec();
        try {
            take(record);
        } finally {
            ownership.endSpec();
        }
    }

    private void take(ConsumerRecord<String, byte[]> record) {
        byte[] payload = record.value() == null ? new byte[0] : record.value();
        List<RunSpec> runs;
        Dataset loaded;
        try {
            RunSpec spec = RunSpecs.parse(new String(payload, StandardCharsets.UTF_8));
            if (!spec.runId().equals(record.key())) {
                // every copy of this spec, keyed so, lands on one partition: one encoder owns the run (SpecOwnership)
                publisher.forward(spec.runId(), payload);
                metrics.forwarded();
                return;
            }
            runs = SweepExpansion.expand(spec);
            if (runs.stream().allMatch(run -> encodedRuns.contains(run.runId()))) {
                LOG.infof("every run of spec %s is already encoded; it was sent again, skipping it", spec.runId());
                runs.forEach(run -> metrics.duplicate());
                return;
            }
            // Every child of a sweep shares the dataset: check them all against it before anything is published.
            loaded = datasets.load(runs.getFirst().dataset(), runs.getFirst().seed());
            for (RunSpec run : runs) {
                Signals.create(run.signal(), loaded);
            }
        } catch (InvalidSpecException | DatasetFileException e) {
            LOG.warnf("rejected spec (key %s): %s", record.key(), e.getMessage());
            publisher.reject(record.key(), payload, e.getMessage());
            metrics.rejected();
            return;
        }
        RunSpec loadedFor = runs.getFirst();
        for (RunSpec run : runs) {
            String runId = run.runId();
            if (encodedRuns.contains(runId)) {
                LOG.infof("run %s is already encoded; the spec was sent again, skipping it", runId);
                metrics.duplicate();
                continue;
            }
            metrics.accepted();
            try {
                if (!run.dataset().equals(loadedFor.dataset()) || !run.seed().equals(loadedFor.seed())) {
                    loaded = datasets.load(run.dataset(), run.seed());
                    loadedFor = run;
                }
                encoding.encode(new RunEncoding.Prepared(run, loaded,
                        Signals.create(run.signal(), loaded)));
                encodedRuns.add(runId);
            } catch (PublishException e) {
                throw e;
            } catch (RuntimeException e) {
                LOG.errorf(e, "run %s failed while encoding", runId);
                publisher.runEvent(RunEvent.of(runId, RunEvent.Type.RUN_FAILED, EncoderPublisher.SOURCE, null,
                        "encoding failed: " + e));
            }
        }
    }
}
