package io.blindspots.convnet.messaging;

import io.blindspots.convnet.config.ConvnetTrainerConfig;
import io.blindspots.convnet.domain.Architectures;
import io.blindspots.convnet.domain.Checkpoints;
import io.blindspots.convnet.domain.ConvNet;
import io.blindspots.convnet.domain.ConvNetArchitecture;
import io.blindspots.convnet.domain.ConvNetTraining;
import io.blindspots.convnet.domain.EpochMetrics;
import io.blindspots.convnet.domain.EpochReport;
import io.blindspots.events.stream.ImageShape;
import io.blindspots.convnet.domain.SplitScores;
import io.blindspots.convnet.domain.TrainingOptions;
import io.blindspots.convnet.metrics.TrainingMeters;
import io.blindspots.events.ConvNetSpec;
import io.blindspots.events.RunEvent;
import io.blindspots.events.RunSpec;
import io.blindspots.events.Split;
import io.blindspots.events.stream.ReceivedDataset;
import io.blindspots.events.stream.SpoolDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Trains one complete run: assembles its stream, builds the spec's ConvNet, trains it, and publishes
 * MODEL_STARTED, every epoch's metrics and MODEL_FINISHED (or MODEL_FAILED, or RUN_FAILED for a stream that does
 * not verify). Returns the outcome to record, once the broker has acknowledged every event.
 *
 * <p>After every epoch whose events the broker has acknowledged, the network is checkpointed; a run stopped by a
 * shutdown (or a crash) resumes from its last checkpoint on the next start, and its checkpoint is deleted once the
 * run is done.
 */
@ApplicationScoped
public class RunTrainer {

    private static final Logger LOG = Logger.getLogger(RunTrainer.class);

    private final SpoolDirectory spool;
    private final TrainerEvents events;
    private final TrainingMeters meters;
    private final ConvnetTrainerConfig config;
    private final Checkpoints checkpoints;

    RunTrainer(SpoolDirectory spool, TrainerEvents events, TrainingMeters meters, ConvnetTrainerConfig config,
               Checkpoints checkpoints) {
        this.spool = spool;
        this.checkpoints = checkpoints;
        this.events = events;
        this.meters = meters;
        this.config = config;
    }

    /**
     * @return the outcome to mark the run done with, or null to leave it undone (interrupted by shutdown, or its
     *         events not acknowledged), so that it is trained again on the next start
     */
    public String train(String runId) {
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        ReceivedDataset dataset;
        try {
            dataset = spool.assemble(runId);
        } catch (RuntimeException e) {
            LOG.errorf("Run %s failed: its dataset stream does not verify: %s", runId, e.getMessage());
            sent.add(events.runEvent(runId, RunEvent.Type.RUN_FAILED, null, "corrupt dataset stream: " + reason(e)));
            return acknowledged(runId, sent) ? "failed: " + reason(e) : null;
        }
        RunSpec spec = dataset.header().spec();
        if (spec.convnet() == null) {
            LOG.infof("Run %s asks for no ConvNet: nothing to train", runId);
            return "skipped: the spec names no ConvNet";
        }
        ConvNetSpec convnet = spec.convnet().withDefaults();
        String model = convnet.arch();
        sent.add(events.runEvent(runId, RunEvent.Type.MODEL_STARTED, model, null));
        String outcome;
        try {
            trainModel(runId, dataset, convnet, spec.seed() == null ? RunSpec.DEFAULT_SEED : spec.seed(), sent);
            sent.add(events.runEvent(runId, RunEvent.Type.MODEL_FINISHED, model, null));
            outcome = "trained";
        } catch (CancellationException e) {
            LOG.infof("Run %s: %s; it will be trained again on the next start", runId, e.getMessage());
            return null;
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.errorf(e, "Run %s: %s failed", runId, model);
            sent.add(events.runEvent(runId, RunEvent.Type.MODEL_FAILED, model, reason(e)));
            outcome = "failed: " + reason(e);
        }
        if (!acknowledged(runId, sent)) {
            return null;
        }
        deleteCheckpoints(runId);
        return outcome;
    }

    private void trainModel(String runId, ReceivedDataset dataset, ConvNetSpec convnet, long seed,
                            List<CompletableFuture<Void>> sent) {
        ConvNetArchitecture architecture = Architectures.of(convnet.arch());
        TrainingOptions options = architecture.preset(convnet.preset()).overriddenBy(convnet);
        ImageShape shape = ImageShape.of(dataset.header());
        int classes = dataset.header().classCount();
        int images = dataset.split(Split.TRAIN).count();
        // Everything that determines the training: a checkpoint of anything else is not resumed.
        String training = "%s, %s, seed %d, %d training images %s, %d classes".formatted(architecture.name(),
                options, seed, images, shape, classes);
        Optional<Checkpoints.Checkpoint> checkpoint = latestCheckpoint(runId, training);
        ConvNet net = checkpoint.map(c -> restore(runId, architecture, c)).orElse(null);
        int firstEpoch = net == null ? 1 : checkpoint.get().epoch() + 1;
        if (net == null) {
            net = architecture.build(shape, classes, options, seed);
        }
        LOG.infof("Run %s: training %s (%,d parameters) on %,d images %s, %d classes, %s, seed %d%s", runId,
                net.arch(), net.parameterCount(), images, shape, classes, options, seed,
                firstEpoch == 1 ? "" : ", resumed from its checkpoint after epoch " + (firstEpoch - 1));
        ConvNet trained = net;
        long[] epochStart = {System.nanoTime()};
        ConvNetTraining.train(net, dataset, options, seed, config.evaluationBatchSize(), firstEpoch, report -> {
            long now = System.nanoTime();
            meters.epoch(trained.arch(), report, Duration.ofNanos(now - epochStart[0]));
            log(runId, trained.arch(), report);
            EpochMetrics.events(runId, trained.arch(), report, System.currentTimeMillis())
                    .forEach(event -> sent.add(events.metric(event)));
            // Checkpoint only what the broker has: a resumed run never skips the metrics of an epoch.
            if (report.epoch() < report.totalEpochs() && acknowledged(runId, sent)) {
                saveCheckpoint(runId, training, trained, report.epoch());
            }
            epochStart[0] = System.nanoTime();
        });
    }

    private Optional<Checkpoints.Checkpoint> latestCheckpoint(String runId, String training) {
        try {
            return checkpoints.latest(runId, training);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Run %s: cannot read its checkpoints; it trains from the first epoch", runId);
            return Optional.empty();
        }
    }

    private static ConvNet restore(String runId, ConvNetArchitecture architecture, Checkpoints.Checkpoint checkpoint) {
        try {
            return architecture.restore(checkpoint.model());
        } catch (RuntimeException e) {
            LOG.warnf(e, "Run %s: cannot restore %s; it trains from the first epoch", runId, checkpoint.model());
            return null;
        }
    }

    private void saveCheckpoint(String runId, String training, ConvNet net, int epoch) {
        try {
            checkpoints.save(runId, training, net, epoch);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Run %s: no checkpoint after epoch %d; a restart would train this run again", runId, epoch);
        }
    }

    private void deleteCheckpoints(String runId) {
        try {
            checkpoints.delete(runId);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Run %s: cannot delete its checkpoints", runId);
        }
    }

    private static void log(String runId, String model, EpochReport report) {
        StringBuilder line = new StringBuilder("Run %s: %s epoch %d/%d: %.0f images/s, train loss %.4f"
                .formatted(runId, model, report.epoch(), report.totalEpochs(), report.imagesPerSecond(),
                        report.trainLoss()));
        if (report.inferenceImagesPerSecond() != null) {
            line.append(", inference %.0f images/s".formatted(report.inferenceImagesPerSecond()));
        }
        for (Split split : Split.TEST_SPLITS) {
            SplitScores scores = report.scores().get(split);
            if (scores != null) {
                line.append(", ").append(describe(split, scores));
            }
        }
        LOG.info(line);
    }

    private static String describe(Split split, SplitScores scores) {
        String text = "%s accuracy %.3f (loss %.3f)".formatted(split, scores.accuracy(), scores.loss());
        return scores.signalReliance() == null ? text
                : text + " signal reliance %.3f".formatted(scores.signalReliance());
    }

    private boolean acknowledged(String runId, List<CompletableFuture<Void>> sent) {
        try {
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new))
                    .get(config.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.errorf(e, "Run %s: the broker did not acknowledge its events; it stays undone", runId);
        }
        return false;
    }

    private static String reason(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
