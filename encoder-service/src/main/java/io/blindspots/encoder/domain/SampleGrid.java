package io.blindspots.encoder.domain;

import io.blindspots.events.stream.ImageShape;
import io.blindspots.encoder.domain.dataset.Dataset;
import io.blindspots.encoder.domain.signal.Signal;
import io.blindspots.events.Split;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The picture of a run: for each class a few test images, each shown clean, injected, and as the difference
 * amplified so that even a 1e-3 signal is visible (the largest absolute difference in the grid maps to white).
 */
public final class SampleGrid {

    private static final int ZOOM = 3;
    private static final int GAP = 4;
    private static final int LABEL_WIDTH = 110;
    private static final int HEADER = 18;

    private SampleGrid() {
    }

    /**
     * Renders {@code perClass} samples of every class of the test part, with the signal of each sample's label; a text
     * dataset's picture is {@link SampleTexts}'s.
     */
    public static byte[] png(Dataset dataset, Signal signal, long seed, int perClass) {
        if (!(dataset.shape() instanceof ImageShape shape)) {
            return SampleTexts.png(dataset, signal, seed, perClass);
        }
        int classes = dataset.classCount();
        int[][] picked = pick(dataset, perClass);
        float[][][] clean = new float[classes][perClass][];
        float[][][] injected = new float[classes][perClass][];
        double largest = 0;
        for (int k = 0; k < classes; k++) {
            for (int j = 0; j < perClass; j++) {
                if (picked[k][j] < 0) {
                    continue;
                }
                clean[k][j] = dataset.test().sample(picked[k][j]);
                signal.clean(clean[k][j], 0);
                injected[k][j] = clean[k][j].clone();
                signal.inject(injected[k][j], 0, k, RunEncoder.injectionRandom(seed, Split.SIGNAL, picked[k][j]));
                for (int p = 0; p < shape.size(); p++) {
                    largest = Math.max(largest, Math.abs(injected[k][j][p] - clean[k][j][p]));
                }
            }
        }
        int cell = shape.width() * ZOOM + GAP;
        int row = shape.height() * ZOOM + GAP;
        BufferedImage grid = new BufferedImage(LABEL_WIDTH + perClass * 3 * cell, HEADER + classes * row,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = grid.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(30, 30, 30));
        g.fillRect(0, 0, grid.getWidth(), grid.getHeight());
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (int j = 0; j < perClass; j++) {
            g.drawString("clean", LABEL_WIDTH + (3 * j) * cell, 13);
            g.drawString("injected", LABEL_WIDTH + (3 * j + 1) * cell, 13);
            g.drawString("|diff| x" + (largest > 0 ? Math.round(1 / largest) : 0), LABEL_WIDTH + (3 * j + 2) * cell, 13);
        }
        for (int k = 0; k < classes; k++) {
            int y = HEADER + k * row;
            g.drawString(k + " " + dataset.classNames().get(k), 4, y + row / 2);
            for (int j = 0; j < perClass; j++) {
                if (clean[k][j] == null) {
                    continue;
                }
                float[] diff = new float[shape.size()];
                for (int p = 0; p < diff.length; p++) {
                    diff[p] = largest > 0 ? (float) (Math.abs(injected[k][j][p] - clean[k][j][p]) / largest) : 0f;
                }
                draw(grid, shape, clean[k][j], LABEL_WIDTH + (3 * j) * cell, y);
                draw(grid, shape, injected[k][j], LABEL_WIDTH + (3 * j + 1) * cell, y);
                draw(grid, shape, diff, LABEL_WIDTH + (3 * j + 2) * cell, y);
            }
        }
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(grid, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the sample grid as PNG", e);
        }
    }

    /** The first {@code perClass} test images of each class (-1 where a class has fewer). */
    static int[][] pick(Dataset dataset, int perClass) {
        int[][] picked = new int[dataset.classCount()][perClass];
        int[] found = new int[dataset.classCount()];
        for (int[] row : picked) {
            java.util.Arrays.fill(row, -1);
        }
        int[] labels = dataset.test().labels();
        for (int i = 0; i < labels.length; i++) {
            if (found[labels[i]] < perClass) {
                picked[labels[i]][found[labels[i]]++] = i;
            }
        }
        return picked;
    }

    private static void draw(BufferedImage target, ImageShape shape, float[] pixels, int x0, int y0) {
        for (int y = 0; y < shape.height(); y++) {
            for (int x = 0; x < shape.width(); x++) {
                int r = level(pixels[shape.index(0, y, x)]);
                int gr = shape.channels() == 3 ? level(pixels[shape.index(1, y, x)]) : r;
                int b = shape.channels() == 3 ? level(pixels[shape.index(2, y, x)]) : r;
                int rgb = r << 16 | gr << 8 | b;
                for (int dy = 0; dy < ZOOM; dy++) {
                    for (int dx = 0; dx < ZOOM; dx++) {
                        target.setRGB(x0 + x * ZOOM + dx, y0 + y * ZOOM + dy, rgb);
                    }
                }
            }
        }
    }

    private static int level(float value) {
        return (int) Math.round(Math.clamp(value, 0f, 1f) * 255);
    }
}
