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
            ByteBuffer length = ByteBuffer.allocate(4);
            while (true) {
                length.clear();
                if (readFully(channel, length) < 4) {
                    return;
                }
                int size = length.flip().getInt();
                if (size < 0 || size > channel.size() - channel.position()) {
                    return; // a torn tail from a crash: redelivered by Kafka
                }
                ByteBuffer frame = ByteBuffer.allocate(size);
                readFully(channel, frame);
                action.accept(frame.array());
            }
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
            ByteBuffer length = ByteBuffer.allocate(4);
            long last = -1;
            int lastSize = 0;
            long at = 0;
            while (true) {
                length.clear();
                if (channel.read(length, at) < 4 || length.hasRemaining()) {
                    break;
                }
                int size = length.flip().getInt();
                if (size < 0 || size > channel.size() - at - 4) {
                    break; // a torn tail
                }
                last = at + 4;
                lastSize = size;
                at = last + size;
            }
            if (last < 0) {
                return Optional.empty();
            }
            ByteBuffer frame = ByteBuffer.allocate(lastSize);
            channel.position(last);
            readFully(channel, frame);
            return Optional.of(frame.array());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read spool " + path, e);
        }
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

    private static int readFully(FileChannel channel, ByteBuffer buffer) throws IOException {
        int total = 0;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }
}
