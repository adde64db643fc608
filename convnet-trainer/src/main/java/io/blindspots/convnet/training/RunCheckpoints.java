package io.blindspots.convnet.training;

import io.blindspots.convnet.config.ConvnetTrainerConfig;
import io.blindspots.convnet.domain.Checkpoints;
import io.blindspots.convnet.domain.ConvNet;
import io.blindspots.convnet.domain.ConvNetArchitecture;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;

/**
 * The runs' checkpoints, where {@link ConvnetTrainerConfig#checkpointDirectory()} says. A checkpoint that cannot be
 * read, restored or written costs the run a restart from its first epoch, never the run itself: every problem here
 * is logged and training goes on.
 */
@ApplicationScoped
public class RunCheckpoints {

    private static final Logger LOG = Logger.getLogger(RunCheckpoints.class);

    /**
     * Where a run starts: a restored network, the epoch after its checkpoint and the validation accuracies so far, or
     * no network, epoch 1 and none.
     */
    public record Resumed(ConvNet net, int firstEpoch, List<Double> validation) {

        static final Resumed FRESH = new Resumed(null, 1, List.of());
    }

    private final Checkpoints checkpoints;

    RunCheckpoints(ConvnetTrainerConfig config) {
        this.checkpoints = new Checkpoints(config.checkpointDirectory());
    }

    /** The run's latest checkpoint of exactly this {@code training}, restored; else a fresh start. */
    public Resumed resume(String runId, String training, ConvNetArchitecture architecture) {
        Optional<Checkpoints.Checkpoint> checkpoint;
        try {
            checkpoint = checkpoints.latest(runId, training);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Run %s: cannot read its checkpoints; it trains from the first epoch", runId);
            return Resumed.FRESH;
        }
        if (checkpoint.isEmpty()) {
            return Resumed.FRESH;
        }
        try {
            return new Resumed(architecture.restore(checkpoint.get().model()), checkpoint.get().epoch() + 1,
                    checkpoint.get().validation());
        } catch (RuntimeException e) {
            LOG.warnf(e, "Run %s: cannot restore %s; it trains from the first epoch", runId,
                    checkpoint.get().model());
            return Resumed.FRESH;
        }
    }

    public void save(String runId, String training, ConvNet net, int epoch, List<Double> validation) {
        try {
            checkpoints.save(runId, training, net, epoch, validation);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Run %s: no checkpoint after epoch %d; a restart would train this run again", runId, epoch);
        }
    }

    public void delete(String runId) {
        try {
            checkpoints.delete(runId);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Run %s: cannot delete its checkpoints", runId);
        }
    }
}
