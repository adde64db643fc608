package io.blindspots.convnet.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The last finished epoch of each run in training, on disk, so that a restarted trainer resumes the run instead of
 * starting it again. One directory per run: {@code training.txt} says what is trained (architecture, options,
 * seed, data), {@code epoch-N.zip} holds the network with its updater state and iteration count after epoch N.
 * Nothing else is needed to continue: each epoch's order is a pure function of (seed, epoch)
 * ({@link MiniBatches#epochOrder}), and the networks draw no random numbers while training (no dropout).
 * Files are written under a temporary name and moved in place, so a crash leaves the previous checkpoint whole.
 */
public final class Checkpoints {

    private static final Pattern EPOCH_FILE = Pattern.compile("epoch-(\\d+)\\.zip");
    private static final String TRAINING_FILE = "training.txt";
    /** The validation accuracy of each epoch up to the latest checkpoint, one a line: early stopping's state. */
    private static final String VALIDATION_FILE = "validation.txt";

    /**
     * The network after {@code epoch}, in {@code model}, and the validation accuracies of epochs 1 to {@code epoch}
     * (empty for a run without a validation slice).
     */
    public record Checkpoint(Path model, int epoch, List<Double> validation) {

        public Checkpoint {
            validation = List.copyOf(validation);
        }
    }

    private final Path directory;

    public Checkpoints(Path directory) {
        this.directory = directory;
    }

    /**
     * The last checkpoint of the run, if it trains the same thing ({@code training} equal to what was saved).
     *
     * @param training a description of everything that determines the training (architecture, options, seed, data)
     */
    public Optional<Checkpoint> latest(String runId, String training) {
        Path run = directory.resolve(runId);
        try {
            Path trainingFile = run.resolve(TRAINING_FILE);
            if (!Files.isRegularFile(trainingFile)
                    || !Files.readString(trainingFile, StandardCharsets.UTF_8).equals(training)) {
                return Optional.empty();
            }
            Optional<Checkpoint> latest;
            try (Stream<Path> files = Files.list(run)) {
                latest = files.map(Checkpoints::checkpoint).flatMap(Optional::stream)
                        .max(Comparator.comparingInt(Checkpoint::epoch));
            }
            Path validationFile = run.resolve(VALIDATION_FILE);
            if (latest.isEmpty() || !Files.isRegularFile(validationFile)) {
                return latest;
            }
            List<Double> validation = Files.readAllLines(validationFile, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank()).map(Double::valueOf).toList();
            int epoch = latest.get().epoch();
            return Optional.of(new Checkpoint(latest.get().model(), epoch,
                    validation.subList(0, Math.min(epoch, validation.size()))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the checkpoints of run " + runId + " in " + run, e);
        }
    }

    /** Saves {@code net} after {@code epoch}, then removes the run's older checkpoints. */
    public void save(String runId, String training, ConvNet net, int epoch) {
        save(runId, training, net, epoch, List.of());
    }

    /**
     * Saves {@code net} after {@code epoch} with the validation accuracies of epochs 1 to {@code epoch}, then removes
     * the run's older checkpoints.
     */
    public void save(String runId, String training, ConvNet net, int epoch, List<Double> validation) {
        Path run = directory.resolve(runId);
        try {
            Files.createDirectories(run);
            Path trainingFile = run.resolve(TRAINING_FILE);
            if (!Files.isRegularFile(trainingFile)
                    || !Files.readString(trainingFile, StandardCharsets.UTF_8).equals(training)) {
                deleteEpochs(run, Integer.MAX_VALUE);
                Path temporary = run.resolve(TRAINING_FILE + ".tmp");
                Files.writeString(temporary, training, StandardCharsets.UTF_8);
                Files.move(temporary, trainingFile, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            }
            // The history first: a checkpoint whose zip exists always has the history of its epochs.
            if (validation.isEmpty()) {
                Files.deleteIfExists(run.resolve(VALIDATION_FILE));
            } else {
                Path history = run.resolve(VALIDATION_FILE + ".tmp");
                Files.write(history, validation.stream().map(String::valueOf).toList(), StandardCharsets.UTF_8);
                Files.move(history, run.resolve(VALIDATION_FILE), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            }
            Path temporary = run.resolve("epoch-" + epoch + ".zip.tmp");
            net.save(temporary);
            Files.move(temporary, run.resolve("epoch-" + epoch + ".zip"), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            deleteEpochs(run, epoch);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the checkpoint of run " + runId + " in " + run, e);
        }
    }

    /** Removes every checkpoint of the run: it is done. */
    public void delete(String runId) {
        Path run = directory.resolve(runId);
        if (!Files.isDirectory(run)) {
            return;
        }
        try (Stream<Path> files = Files.list(run)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(run);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the checkpoints of run " + runId + " in " + run, e);
        }
    }

    /** Deletes the run's epoch files older than {@code keep}. */
    private static void deleteEpochs(Path run, int keep) throws IOException {
        try (Stream<Path> files = Files.list(run)) {
            for (Checkpoint old : files.map(Checkpoints::checkpoint).flatMap(Optional::stream)
                    .filter(c -> c.epoch() < keep).toList()) {
                Files.deleteIfExists(old.model());
            }
        }
    }

    private static Optional<Checkpoint> checkpoint(Path file) {
        Matcher matcher = EPOCH_FILE.matcher(file.getFileName().toString());
        return matcher.matches() ? Optional.of(new Checkpoint(file, Integer.parseInt(matcher.group(1)), List.of()))
                : Optional.empty();
    }
}
