package io.blindspots.encoder.domain.text;

import io.blindspots.encoder.domain.dataset.DatasetFileException;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the CSV files of Zhang et al.'s datasets one row at a time: {@code "class","title","text"} (Yelp has no
 * title), every field quoted, {@code ""} for a quote inside a field, a literal {@code \n} for a new line. As their
 * {@code csv2t7b.lua} did, the fields after the class are unescaped and joined with a space. A quoted field may also
 * hold a real line break (RFC 4180). Errors name the file and the line the row starts on.
 */
public final class ZhangCsvReader implements Closeable {

    /**
     * One row.
     *
     * @param label the class, 0-based (the file's is 1-based)
     * @param text  the title and text, joined
     * @param line  the line the row starts on, 1-based
     */
    public record Row(int label, String text, long line) {
    }

    private final Path file;
    private final BufferedReader in;
    private long line = 1;

    public ZhangCsvReader(Path file) {
        this.file = file;
        try {
            this.in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DatasetFileException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** The next row, or null at the end of the file. */
    public Row next() {
        try {
            List<String> fields = new ArrayList<>();
            long start = line;
            int c = in.read();
            while (c == '\n' || c == '\r') {
                line += c == '\n' ? 1 : 0;
                start = line;
                c = in.read();
            }
            if (c < 0) {
                return null;
            }
            while (true) {
                if (c != '"') {
                    throw error(start, "expected a quoted field, found " + describe(c));
                }
                fields.add(quoted(start));
                c = in.read();
                if (c == ',') {
                    c = in.read();
                    continue;
                }
                if (c == '\r') {
                    c = in.read();
                }
                if (c == '\n' || c < 0) {
                    line++;
                    return row(fields, start);
                }
                throw error(start, "expected ',' or the end of the line after a field, found " + describe(c));
            }
        } catch (IOException e) {
            throw new DatasetFileException(file + ":" + line + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private String quoted(long start) throws IOException {
        StringBuilder field = new StringBuilder();
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw error(start, "a quoted field is not closed before the end of the file");
            }
            if (c == '"') {
                in.mark(1);
                if (in.read() == '"') {
                    field.append('"');
                    continue;
                }
                in.reset();
                return field.toString();
            }
            if (c == '\n') {
                line++;
            }
            field.append((char) c);
        }
    }

    private Row row(List<String> fields, long start) {
        if (fields.size() < 2) {
            throw error(start, "a row needs a class and at least one text field, found " + fields.size() + " field");
        }
        int label;
        try {
            label = Integer.parseInt(fields.getFirst().trim());
        } catch (NumberFormatException e) {
            throw error(start, "the class '" + fields.getFirst() + "' is not an integer");
        }
        if (label < 1) {
            throw error(start, "the class " + label + " is not 1-based (allowed: 1, 2, ...)");
        }
        StringBuilder text = new StringBuilder();
        for (int i = 1; i < fields.size(); i++) {
            if (i > 1) {
                text.append(' ');
            }
            text.append(fields.get(i).replace("\\n", "\n").strip());
        }
        return new Row(label - 1, text.toString(), start);
    }

    private DatasetFileException error(long at, String message) {
        return new DatasetFileException(file + ":" + at + ": " + message);
    }

    private static String describe(int c) {
        return c < 0 ? "the end of the file" : c == '\n' ? "the end of the line" : "'" + (char) c + "'";
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
