package io.blindspots.runtime.stream;

import io.blindspots.events.stream.DatasetStreamCodec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A run's stream records kept on disk as they arrive (length-prefixed frames), so a trainer can commit the Kafka
 * offset once a record is durable and train later, off the poll thread. A frame cut short by a crash is ignored on
 * reading: its offset was never committed, so Kafka delivers it again.
 */
public final class SpoolFile {

    private final Path path;

    public SpoolFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    /** Appends one encoded record and forces it to disk. */
    public void append(byte[] frame) {
        try {
            Files.createDirectories(path.getParent());
            try (FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ByteBuffer length = ByteBuffer.allocate(4).putInt(frame.length).flip();
                channel.write(new ByteBuffer[] {length, ByteBuffer.wrap(frame)});
                channel.force(false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spool to " + path, e);
        }
    }

    /** Every whole frame in the file, in order. */
    public List<byte[]> frames() {
        List<byte[]> frames = new ArrayList<>();
        forEachFrame(frames::add);
        return frames;
    }

    /** Hands every whole frame to {@code action}, in order, one at a time: the file is never held whole. */
    public void forEachFrame(Consumer<byte[]> action) {
        if (!Files.exists(path)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            walk(channel, (at, size) -> action.accept(read(channel, at, size)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read spool " + path, e);
        }
    }

    /** The last whole frame, if any, reading nothing but the frame lengths before it. */
    public Optional<byte[]> lastFrame() {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            long[] last = {-1, 0};
            walk(channel, (at, size) -> {
                last[0] = at;
                last[1] = size;
            });
            return last[0] < 0 ? Optional.empty() : Optional.of(read(channel, last[0], (int) last[1]));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read spool " + path, e);
        }
    }

    /** Where a whole frame's bytes start, and how many there are. */
    @FunctionalInterface
    private interface FrameVisitor {
        void frame(long at, int size) throws IOException;
    }

    /** Visits every whole frame in order; a frame cut short by a crash ends the walk (Kafka delivers it again). */
    private static void walk(FileChannel channel, FrameVisitor visitor) throws IOException {
        ByteBuffer length = ByteBuffer.allocate(4);
        long at = 0;
        while (true) {
            length.clear();
            if (readFully(channel, length, at) < 4) {
                return;
            }
            int size = length.flip().getInt();
            if (size < 0 || size > channel.size() - at - 4) {
                return; // a torn tail from a crash: redelivered by Kafka
            }
            visitor.frame(at + 4, size);
            at += 4 + size;
        }
    }

    private static byte[] read(FileChannel channel, long at, int size) throws IOException {
        ByteBuffer frame = ByteBuffer.allocate(size);
        readFully(channel, frame, at);
        return frame.array();
    }

    /** Replays the spooled records into an assembler for the given run, one frame at a time. */
    public StreamAssembler assemble(String runId) {
        StreamAssembler assembler = new StreamAssembler(runId);
        forEachFrame(frame -> assembler.accept(DatasetStreamCodec.decode(frame)));
        return assembler;
    }

    public void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete spool " + path, e);
        }
    }

    private static int readFully(FileChannel channel, ByteBuffer buffer, long at) throws IOException {
        int total = 0;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at + total);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }
}
