package io.blindspots.encoder.domain;

import io.blindspots.encoder.domain.dataset.Dataset;
import io.blindspots.encoder.domain.signal.Signal;
import io.blindspots.events.Split;
import io.blindspots.events.stream.SequenceShape;

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
 * The sample picture of a text run: for each class a few test texts, injected with their label's signal, written
 * out in full in rows of {@value #PER_ROW} characters, every character the signal changed on a red ground (its new
 * value shown; code 0, the space and padding, as a blank). The text counterpart of {@link SampleGrid}.
 */
public final class SampleTexts {

    static final int PER_ROW = 128;
    private static final int CHAR_W = 7;
    private static final int LINE_H = 13;
    private static final int MARGIN = 6;
    private static final Color CHANGED = new Color(200, 40, 40);

    private SampleTexts() {
    }

    public static byte[] png(Dataset dataset, Signal signal, long seed, int perClass) {
        SequenceShape shape = (SequenceShape) dataset.shape();
        int rows = (shape.length() + PER_ROW - 1) / PER_ROW;
        int[][] picked = SampleGrid.pick(dataset, perClass);
        int blockH = (rows + 1) * LINE_H + MARGIN;
        BufferedImage picture = new BufferedImage(2 * MARGIN + PER_ROW * CHAR_W,
                MARGIN + LINE_H + dataset.classCount() * perClass * blockH, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(30, 30, 30));
        g.fillRect(0, 0, picture.getWidth(), picture.getHeight());
        g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 11));
        g.setColor(Color.WHITE);
        g.drawString("injected texts; red: the characters the signal changed (blank: code 0, space or padding)",
                MARGIN, LINE_H);
        int y = MARGIN + LINE_H;
        for (int k = 0; k < dataset.classCount(); k++) {
            for (int j = 0; j < perClass; j++, y += blockH) {
                g.setColor(Color.LIGHT_GRAY);
                g.drawString("class " + k + " " + dataset.classNames().get(k), MARGIN, y + LINE_H);
                if (picked[k][j] < 0) {
                    continue;
                }
                float[] clean = dataset.test().sample(picked[k][j]);
                signal.clean(clean, 0);
                float[] injected = clean.clone();
                signal.inject(injected, 0, k, RunEncoder.injectionRandom(seed, Split.SIGNAL, picked[k][j]));
                for (int p = 0; p < shape.length(); p++) {
                    int x = MARGIN + (p % PER_ROW) * CHAR_W;
                    int base = y + (p / PER_ROW + 2) * LINE_H;
                    if (clean[p] != injected[p]) {
                        g.setColor(CHANGED);
                        g.fillRect(x, base - LINE_H + 3, CHAR_W, LINE_H);
                    }
                    g.setColor(Color.WHITE);
                    char c = symbol(shape, injected[p]);
                    if (c != ' ') {
                        g.drawString(String.valueOf(c), x, base);
                    }
                }
            }
        }
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(picture, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the sample texts as PNG", e);
        }
    }

    private static char symbol(SequenceShape shape, float code) {
        int c = Math.round(code);
        char symbol = c >= 1 && c <= shape.alphabet().length() ? shape.alphabet().charAt(c - 1) : ' ';
        return symbol == '\n' ? '¶' : symbol;
    }
}
