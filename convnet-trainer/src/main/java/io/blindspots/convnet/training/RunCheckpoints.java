package io.blindspots.convnet.training;

import io.blindspots.convnet.config.ConvnetTrainerConfig;
import io.blindspots.convnet.domain.Checkpoints;
import io.blindspots.convnet.domain.ConvNet;
import io.blindspots.convnet.domain.ConvNetArchitecture;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * The runs' checkpoints, where {@link ConvnetTrainerConfig#checkpointDirectory()} says. A checkpoint that cannot be
 * read, restored or written costs the run a restart from its first epoch, never the run itself: every problem here
 * is logged and training goes on.
 */
@ApplicationScoped
public class RunCheckpoints {

    private static final Logger LOG = Logger.getLogger(RunCheckpoints.class);

    /** Where a run starts: a restored network and the epoch after its checkpoint, or no network and epoch 1. */
    public record Resumed(ConvNet net, int firstEpoch) {
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
            return new Resumed(null, 1);
        }
        if (checkpoint.isEmpty()) {
            return new Resumed(null, 1);
        }
        try {
            return new Resumed(architecture.restore(checkpoint.get().model()), checkpoint.get().epoch() + 1);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Run %s: cannot restore %s; it trains from the first epoch", runId,
                    checkpoint.get().model());
            return new Resumed(null, 1);
        }
    }

    public void save(String runId, String training, ConvNet net, int epoch) {
        try {
            checkpoints.save(runId, training, net, epoch);
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
