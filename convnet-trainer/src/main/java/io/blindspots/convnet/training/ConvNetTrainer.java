package io.blindspots.convnet.training;

import io.blindspots.convnet.config.ConvnetTrainerConfig;
import io.blindspots.convnet.config.NativeBackend;
import io.blindspots.convnet.domain.Architectures;
import io.blindspots.convnet.domain.ConvNet;
import io.blindspots.convnet.domain.ConvNetArchitecture;
import io.blindspots.convnet.domain.ConvNetTraining;
import io.blindspots.convnet.domain.EpochMetrics;
import io.blindspots.convnet.domain.EpochReport;
import io.blindspots.convnet.domain.TrainingOptions;
import io.blindspots.convnet.metrics.TrainingMeters;
import io.blindspots.events.ConvNetSpec;
import io.blindspots.events.RunSpec;
import io.blindspots.events.Split;
import io.blindspots.events.stream.SampleShape;
import io.blindspots.runtime.domain.DatasetTrainer;
import io.blindspots.runtime.domain.RunOutcome;
import io.blindspots.runtime.domain.RunReporter;
import io.blindspots.runtime.domain.SplitScores;
import io.blindspots.runtime.stream.ReceivedDataset;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * The ConvNet side of a run: builds the spec's network for the dataset's images, trains it, reports every epoch's
 * metrics, and checkpoints after every epoch whose metrics the broker has acknowledged, so that a run stopped by a
 * shutdown (or a crash) resumes from its last checkpoint on the next start.
 */
@ApplicationScoped
public class ConvNetTrainer implements DatasetTrainer {

    private static final Logger LOG = Logger.getLogger(ConvNetTrainer.class);

    private final RunCheckpoints checkpoints;
    private final TrainingMeters meters;
    private final NativeBackend backend;
    private final ConvnetTrainerConfig config;

    ConvNetTrainer(RunCheckpoints checkpoints, TrainingMeters meters, NativeBackend backend,
                   ConvnetTrainerConfig config) {
        this.checkpoints = checkpoints;
        this.meters = meters;
        this.backend = backend;
        this.config = config;
    }

    @Override
    public void prepare() {
        backend.start();
    }

    @Override
    public String backend() {
        return backend.describe();
    }

    @Override
    public boolean asksOf(RunSpec spec) {
        return spec.convnet() != null;
    }

    @Override
    public RunOutcome train(ReceivedDataset dataset, RunReporter reporter) throws InterruptedException {
        RunSpec spec = dataset.header().spec();
        ConvNetSpec convnet = spec.convnet().withDefaults();
        String model = convnet.label();
        reporter.modelStarted(model);
        try {
            trainModel(dataset, convnet, spec.seed() == null ? RunSpec.DEFAULT_SEED : spec.seed(), reporter);
        } catch (CancellationException e) {
            throw new InterruptedException(e.getMessage());
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.errorf(e, "Run %s: %s failed", reporter.runId(), model);
            reporter.modelFailed(model, reason(e));
            checkpoints.delete(reporter.runId());
            return RunOutcome.failed(reason(e));
        }
        reporter.modelFinished(model);
        checkpoints.delete(reporter.runId());
        return RunOutcome.trained();
    }

    private void trainModel(ReceivedDataset dataset, ConvNetSpec convnet, long seed, RunReporter reporter) {
        String runId = reporter.runId();
        ConvNetArchitecture architecture = Architectures.of(convnet.label());
        SampleShape shape = ConvNetArchitecture.input(architecture, dataset);
        int classes = dataset.header().classCount();
        int images = dataset.split(Split.TRAIN).count();
        TrainingOptions options = architecture.preset(convnet.preset()).overriddenBy(convnet).forImages(images);
        // Everything that determines the training: a checkpoint of anything else is not resumed.
        String training = "%s, %s, seed %d, %d training images %s, %d classes".formatted(architecture.name(),
                options, seed, images, shape, classes);
        RunCheckpoints.Resumed resumed = checkpoints.resume(runId, training, architecture);
        ConvNet net = resumed.net() != null ? resumed.net() : architecture.build(shape, classes, options, seed);
        LOG.infof("Run %s: training %s (%,d parameters) on %,d images %s, %d classes, %s, seed %d%s", runId,
                net.arch(), net.parameterCount(), images, shape, classes, options, seed,
                resumed.firstEpoch() == 1 ? "" : ", resumed from its checkpoint after epoch "
                        + (resumed.firstEpoch() - 1));
        long[] epochStart = {System.nanoTime()};
        List<Double> validation = new ArrayList<>(resumed.validation());
        ConvNetTraining.train(net, dataset, options, seed, config.evaluationBatchSize(), resumed.firstEpoch(),
                resumed.validation(), report -> {
                    meters.epoch(net.arch(), report, Duration.ofNanos(System.nanoTime() - epochStart[0]));
                    log(runId, net.arch(), report);
                    EpochMetrics.report(reporter, net.arch(), report);
                    if (report.validationAccuracy() != null) {
                        validation.add(report.validationAccuracy());
                    }
                    // Checkpoint only what the broker has: a resumed run never skips the metrics of an epoch.
                    if (!report.last() && reporter.acknowledged()) {
                        checkpoints.save(runId, training, net, report.epoch(), validation);
                    }
                    epochStart[0] = System.nanoTime();
                });
    }

    private static void log(String runId, String model, EpochReport report) {
        StringBuilder line = new StringBuilder("Run %s: %s epoch %d/%d: %.0f images/s, train loss %.4f"
                .formatted(runId, model, report.epoch(), report.totalEpochs(), report.imagesPerSecond(),
                        report.trainLoss()));
        if (report.validationAccuracy() != null) {
            line.append(", validation accuracy %.4f (best epoch %d)".formatted(report.validationAccuracy(),
                    report.bestEpoch()));
        }
        if (report.stoppedEarly()) {
            line.append(", stopped early: no better validation accuracy since epoch ").append(report.bestEpoch());
        }
        if (report.inferenceImagesPerSecond() != null) {
            line.append(", inference %.0f images/s".formatted(report.inferenceImagesPerSecond()));
        }
        for (Split split : Split.TEST_SPLITS) {
            SplitScores scores = report.scores().get(split);
            if (scores != null) {
                line.append(", ").append(scores.describe());
            }
        }
        LOG.info(line);
    }

    private static String reason(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
