package io.blindspots.runtime.stream;

import io.blindspots.events.Json;
import io.blindspots.events.RunIds;
import io.blindspots.events.RunSpec;
import io.blindspots.events.stream.CorruptStreamException;
import io.blindspots.events.stream.DatasetStreamCodec;
import io.blindspots.events.stream.StreamFooter;
import io.blindspots.events.stream.StreamHeader;
import io.blindspots.events.stream.StreamRecord;
import io.blindspots.runtime.domain.RunOutcome;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A trainer's intake of dataset streams: one {@link SpoolFile} per run, plus a marker once the run is done, so that a
 * trainer can commit offsets as soon as a record is on disk, train off the poll thread, pick up after a restart, and
 * never train a run twice when its records are delivered again.
 */
public final class SpoolDirectory {

    /** What became of an offered record. */
    public enum Offer {
        /** Spooled; the stream is not whole yet. */
        SPOOLED,
        /** Spooled, and it was the footer: the run can be {@linkplain #assemble(String) assembled} and trained. */
        COMPLETE,
        /**
         * The record was the stream header of a run that asks nothing of this trainer: not spooled; the caller marks
         * the run {@linkplain #markDone done}, so the rest of its stream is dropped unread.
         */
        NOT_ASKED,
        /** The run is done (trained, failed or skipped) already: a redelivery or the rest of a skipped run, dropped. */
        ALREADY_DONE
    }

    private final Path dir;

    public SpoolDirectory(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create spool directory " + dir, e);
        }
    }

    /**
     * Checks and spools one record of a run's stream.
     *
     * @throws CorruptStreamException when the record is not a whole, intact record of this run; the caller fails the
     *                                run ({@link #markDone}) and goes on with other runs
     */
    public Offer offer(String runId, byte[] value) {
        return offer(runId, value, spec -> true);
    }

    /**
     * As {@link #offer(String, byte[])}, for a trainer that takes only the runs whose spec it is {@code asked}: the
     * header of any other run is answered {@link Offer#NOT_ASKED}, so none of its batches reach the disk.
     */
    public Offer offer(String runId, byte[] value, Predicate<RunSpec> asked) {
        if (isDone(runId)) {
            return Offer.ALREADY_DONE;
        }
        StreamRecord record = DatasetStreamCodec.decode(value);
        if (!record.runId().equals(runId)) {
            throw new CorruptStreamException("record of run " + record.runId() + " under the key " + runId);
        }
        if (record instanceof StreamHeader header && !asked.test(header.spec())) {
            return Offer.NOT_ASKED;
        }
        spool(runId).append(value);
        return record instanceof StreamFooter ? Offer.COMPLETE : Offer.SPOOLED;
    }

    /** The run's dataset, rebuilt from its spool and verified against its footer. */
    public ReceivedDataset assemble(String runId) {
        return spool(runId).assemble(runId).dataset();
    }

    /** Records the outcome of a run and drops its spool; later records of the run are ignored. */
    public void markDone(String runId, RunOutcome outcome) {
        try {
            Files.writeString(dir.resolve(runId + ".done"), Json.write(outcome), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot mark run " + runId + " done", e);
        }
        spool(runId).delete();
    }

    public boolean isDone(String runId) {
        return Files.exists(dir.resolve(runId + ".done"));
    }

    /** Runs whose whole stream is on disk but that were not done when the trainer stopped: train them on start. */
    public List<String> completeButNotDone() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".spool"))
                    .map(name -> name.substring(0, name.length() - ".spool".length()))
                    .filter(runId -> !isDone(runId))
                    .filter(this::hasFooter)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list spool directory " + dir, e);
        }
    }

    public Optional<RunOutcome> outcome(String runId) {
        Path marker = dir.resolve(runId + ".done");
        try {
            return Files.exists(marker)
                    ? Optional.of(Json.MAPPER.readValue(Files.readString(marker), RunOutcome.class))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the outcome of run " + runId, e);
        }
    }

    private boolean hasFooter(String runId) {
        return spool(runId).lastFrame().map(DatasetStreamCodec::decode).orElse(null) instanceof StreamFooter;
    }

    private SpoolFile spool(String runId) {
        if (!RunIds.isValid(runId)) {
            throw new CorruptStreamException("run id '" + runId + "' is not a valid run id");
        }
        return new SpoolFile(dir.resolve(runId + ".spool"));
    }
}
