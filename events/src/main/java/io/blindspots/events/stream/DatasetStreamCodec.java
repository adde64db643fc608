package io.blindspots.events.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.blindspots.events.Json;
import io.blindspots.events.RunSpec;
import io.blindspots.events.Split;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The binary form of a {@link StreamRecord}, big-endian:
 *
 * <pre>
 * frame  := magic "BSDS" | version u8 (=2) | kind u8 (1 header, 2 batch, 3 footer)
 *           | runId length u16 | runId UTF-8 | body length u32 | body | CRC32 u32 of all bytes before it
 * header := JSON {spec, shape, classNames, splitSizes}, shape = {"kind": "image", channels, height, width}
 *           or {"kind": "sequence", length, alphabet}
 * batch  := sequence u32 | split u8 | count u32 | sampleSize u32 | encoding u8 (1 f32, 2 u8)
 *           | labels count×i32 | values count×sampleSize×(f32 or u8)
 * footer := batchCount u32 | splits u8 | (split u8 | count u32)* | checksum u64
 * </pre>
 *
 * A batch of 64 RGB 32×32 images is about 787 KB, under the broker's default 1 MiB limit.
 */
public final class DatasetStreamCodec {

    static final int MAGIC = 0x42534453; // "BSDS"
    static final byte VERSION = 2;
    static final byte HEADER = 1;
    static final byte BATCH = 2;
    static final byte FOOTER = 3;
    private static final int MAX_RECORD_BYTES = 64 * 1024 * 1024;

    private DatasetStreamCodec() {
    }

    /** The bytes a batch of {@code count} samples of the given shape takes on the wire. */
    public static int batchBytes(String runId, int count, SampleShape shape) {
        return 4 + 1 + 1 + 2 + runId.getBytes(StandardCharsets.UTF_8).length + 4
                + BatchBody.FIXED_BYTES + count * (4 + shape.size() * shape.encoding().bytes()) + 4;
    }

    /** The most samples of the given shape that fit a record of at most {@code maxBytes}. */
    public static int samplesPerBatch(String runId, SampleShape shape, int maxBytes) {
        int fixed = batchBytes(runId, 0, shape);
        int samples = (maxBytes - fixed) / (4 + shape.size() * shape.encoding().bytes());
        if (samples < 1) {
            throw new IllegalArgumentException("one sample " + shape + " does not fit " + maxBytes + " bytes");
        }
        return samples;
    }

    public static byte[] encode(StreamRecord record) {
        byte[] id = record.runId().getBytes(StandardCharsets.UTF_8);
        byte kind;
        byte[] body = null;
        int bodyLength;
        switch (record) {
            case StreamHeader h -> {
                kind = HEADER;
                body = Json.write(HeaderBody.of(h)).getBytes(StandardCharsets.UTF_8);
                bodyLength = body.length;
            }
            case StreamBatch b -> {
                kind = BATCH;
                bodyLength = BatchBody.length(b);
            }
            case StreamFooter f -> {
                kind = FOOTER;
                ByteBuffer buf = ByteBuffer.allocate(4 + 1 + f.counts().size() * 5 + 8);
                buf.putInt(f.batchCount()).put((byte) f.counts().size());
                new EnumMap<>(f.counts()).forEach((split, count) -> buf.put(split.code()).putInt(count));
                buf.putLong(f.checksum());
                body = buf.array();
                bodyLength = body.length;
            }
        }
        ByteBuffer frame = ByteBuffer.allocate(4 + 1 + 1 + 2 + id.length + 4 + bodyLength + 4);
        frame.putInt(MAGIC).put(VERSION).put(kind).putShort((short) id.length).put(id).putInt(bodyLength);
        if (body == null) {
            BatchBody.encode((StreamBatch) record, frame); // a batch's body is written in place: no second copy
        } else {
            frame.put(body);
        }
        CRC32 crc = new CRC32();
        crc.update(frame.array(), 0, frame.position());
        frame.putInt((int) crc.getValue());
        return frame.array();
    }

    /** @throws CorruptStreamException when the bytes are not one whole, intact record */
    public static StreamRecord decode(byte[] bytes) {
        if (bytes == null) {
            throw new CorruptStreamException("empty record (null value)");
        }
        if (bytes.length > MAX_RECORD_BYTES) {
            throw new CorruptStreamException("record of " + bytes.length + " bytes exceeds " + MAX_RECORD_BYTES);
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            int magic = in.getInt();
            if (magic != MAGIC) {
                throw new CorruptStreamException("not a dataset-stream record (magic %08x)".formatted(magic));
            }
            byte version = in.get();
            if (version != VERSION) {
                throw new CorruptStreamException("unsupported stream version " + version + ", this build reads " + VERSION);
            }
            byte kind = in.get();
            byte[] id = new byte[Short.toUnsignedInt(in.getShort())];
            in.get(id);
            int bodyLength = in.getInt();
            if (bodyLength < 0 || bodyLength != in.remaining() - 4) {
                throw new CorruptStreamException("body length " + bodyLength + " does not match the "
                        + (in.remaining() - 4) + " bytes present (truncated or padded record)");
            }
            CRC32 crc = new CRC32();
            crc.update(bytes, 0, bytes.length - 4);
            int expected = ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt();
            if ((int) crc.getValue() != expected) {
                throw new CorruptStreamException("record checksum mismatch (CRC32 %08x, expected %08x)"
                        .formatted((int) crc.getValue(), expected));
            }
            String runId = new String(id, StandardCharsets.UTF_8);
            ByteBuffer body = in.slice(in.position(), bodyLength);
            return switch (kind) {
                case HEADER -> decodeHeader(runId, body);
                case BATCH -> BatchBody.decode(runId, body);
                case FOOTER -> decodeFooter(runId, body);
                default -> throw new CorruptStreamException("unknown record kind " + kind);
            };
        } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new CorruptStreamException("truncated record (" + bytes.length + " bytes)", e);
        } catch (IllegalArgumentException e) {
            throw new CorruptStreamException("invalid record: " + e.getMessage(), e);
        }
    }

    private static StreamHeader decodeHeader(String runId, ByteBuffer body) {
        byte[] json = new byte[body.remaining()];
        body.get(json);
        try {
            HeaderBody h = Json.MAPPER.readValue(json, HeaderBody.class);
            return new StreamHeader(runId, h.spec(), h.shape(), h.classNames(), h.splitSizes());
        } catch (JsonProcessingException e) {
            throw new CorruptStreamException("unreadable stream header: " + e.getOriginalMessage(), e);
        } catch (java.io.IOException e) {
            throw new CorruptStreamException("unreadable stream header", e);
        }
    }

    private static StreamFooter decodeFooter(String runId, ByteBuffer body) {
        int batchCount = body.getInt();
        int splits = Byte.toUnsignedInt(body.get());
        Map<Split, Integer> counts = new EnumMap<>(Split.class);
        for (int i = 0; i < splits; i++) {
            counts.put(Split.ofCode(body.get()), body.getInt());
        }
        long checksum = body.getLong();
        if (body.hasRemaining()) {
            throw new CorruptStreamException("footer has " + body.remaining() + " trailing bytes");
        }
        return new StreamFooter(runId, batchCount, counts, checksum);
    }

    /** The JSON body of a header frame (the run id lives in the frame). */
    record HeaderBody(RunSpec spec, SampleShape shape, List<String> classNames, Map<Split, Integer> splitSizes) {

        static HeaderBody of(StreamHeader h) {
            return new HeaderBody(h.spec(), h.shape(), h.classNames(), h.splitSizes());
        }
    }
}
