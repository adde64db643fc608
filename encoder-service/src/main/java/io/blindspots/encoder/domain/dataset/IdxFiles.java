package io.blindspots.encoder.domain.dataset;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads IDX files (the MNIST family's format: magic 0x0000_08_dd, big-endian dimension sizes, unsigned bytes), gzipped
 * or not; gzip is recognised by its magic bytes, whatever the file is called.
 */
final class IdxFiles {

    private static final int UNSIGNED_BYTE = 0x08;

    private IdxFiles() {
    }

    /** The first existing of {@code name} and {@code name.gz} in {@code dir}. */
    static Path find(Path dir, String name) {
        for (Path candidate : new Path[] {dir.resolve(name), dir.resolve(name + ".gz")}) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new DatasetFileException("missing " + dir.resolve(name) + "[.gz]");
    }

    /**
     * Reads up to {@code limit} items.
     *
     * @param dimensions the expected number of dimensions (1 for labels, 3 for images)
     * @return the items' bytes, {@code itemSize} each, and the dimension sizes
     */
    static Contents read(Path file, int dimensions, int limit) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(open(file), 1 << 16))) {
            int magic = in.readInt();
            if ((magic >>> 16) != 0 || ((magic >>> 8) & 0xFF) != UNSIGNED_BYTE || (magic & 0xFF) != dimensions) {
                throw new DatasetFileException("%s is not an IDX file of %d-dimensional unsigned bytes (magic %08x)"
                        .formatted(file, dimensions, magic));
            }
            int[] sizes = new int[dimensions];
            for (int i = 0; i < dimensions; i++) {
                sizes[i] = in.readInt();
            }
            int itemSize = 1;
            for (int i = 1; i < dimensions; i++) {
                itemSize *= sizes[i];
            }
            int count = Math.min(sizes[0], limit);
            byte[] data = new byte[count * itemSize];
            in.readFully(data);
            return new Contents(sizes, count, data);
        } catch (EOFException e) {
            throw new DatasetFileException(file + " is truncated: it ends before the items its header announces", e);
        } catch (IOException e) {
            throw new DatasetFileException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file));
        raw.mark(2);
        int b1 = raw.read();
        int b2 = raw.read();
        raw.reset();
        return b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(raw, 1 << 16) : raw;
    }

    /**
     * @param sizes the dimension sizes from the header
     * @param count items read (the header's count, capped by the limit)
     * @param data  the items' bytes
     */
    record Contents(int[] sizes, int count, byte[] data) {
    }
}
