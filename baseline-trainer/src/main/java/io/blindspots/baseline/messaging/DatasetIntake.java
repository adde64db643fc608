package io.blindspots.baseline.messaging;

import io.blindspots.baseline.metrics.BaselineMetrics;
import io.blindspots.events.Topics;
import io.blindspots.events.stream.CorruptStreamException;
import io.blindspots.events.stream.SpoolDirectory;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.regex.Pattern;

/**
 * Consumes {@code dataset-batches}: each record is checked and spooled to disk before this method returns, so its
 * offset is committed only once it is durable; a whole stream is handed to the {@link RunTrainer}. A corrupt record
 * fails its run, never the service. Disk errors are not caught: the offset then stays uncommitted.
 */
@ApplicationScoped
public class DatasetIntake {

    private static final Logger LOG = Logger.getLogger(DatasetIntake.class);
    /** The run-id rule of the run spec: anything else cannot name a spool file, nor a run. */
    private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private final SpoolDirectory spool;
    private final RunTrainer trainer;
    private final BaselineMetrics meters;

    public DatasetIntake(SpoolDirectory spool, RunTrainer trainer, BaselineMetrics meters) {
        this.spool = spool;
        this.trainer = trainer;
        this.meters = meters;
    }

    @Incoming(Topics.DATASET_BATCHES)
    @Blocking(ordered = true)
    public void onRecord(ConsumerRecord<String, byte[]> record) {
        String runId = record.key();
        if (runId == null || !RUN_ID.matcher(runId).matches()) {
            LOG.warnf("dropping a dataset-stream record at %s-%d@%d: its key '%s' is not a run id", record.topic(),
                    record.partition(), record.offset(), runId);
            meters.record("unkeyed");
            return;
        }
        try {
            switch (spool.offer(runId, record.value())) {
                case SPOOLED -> meters.record("spooled");
                case COMPLETE -> {
                    meters.record("spooled");
                    trainer.submit(runId);
                }
                case ALREADY_DONE -> meters.record("redelivered");
            }
        } catch (CorruptStreamException e) {
            meters.record("corrupt");
            trainer.fail(runId, "corrupt dataset stream: " + e.getMessage());
        }
    }
}
