package io.blindspots.results.domain;

import io.blindspots.events.views.BlindspotMap;
import io.blindspots.events.views.RelianceVerdict;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * The blindspot map as a picture: a panel per map row, strength on a log axis, the signal reliance of each model (the
 * share of conflict predictions that follow the signal: 1 = reads only the signal) as a line, its threshold marked
 * with a ring, and a model's points where it uses the signal filled.
 */
public final class MapPlot {

    private static final int PANEL_W = 380;
    private static final int PANEL_H = 250;
    private static final int COLUMNS = 3;
    private static final int LEGEND_H = 26;
    private static final int LEFT = 46;
    private static final int RIGHT = 14;
    private static final int TOP = 26;
    private static final int BOTTOM = 40;
    private static final Color[] PALETTE = {new Color(0xd62728), new Color(0x1f77b4), new Color(0x2ca02c),
            new Color(0x9467bd), new Color(0xff7f0e), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf),
            new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x393b79), new Color(0x637939)};

    private MapPlot() {
    }

    /** The map as a PNG; a map without rows gives a small picture that says so. */
    public static byte[] png(BlindspotMap map) {
        int rows = Math.max(1, (map.rows().size() + COLUMNS - 1) / COLUMNS);
        int columns = Math.max(1, Math.min(COLUMNS, map.rows().size()));
        int legendLines = (map.models().size() + 3) / 4;
        BufferedImage image = new BufferedImage(columns * PANEL_W, rows * PANEL_H + LEGEND_H * Math.max(1,
                legendLines), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        if (map.rows().isEmpty()) {
            g.setColor(Color.DARK_GRAY);
            g.drawString("no strength sweep has results yet", 10, 20);
        }
        legend(g, map.models());
        int top = LEGEND_H * Math.max(1, legendLines);
        for (int i = 0; i < map.rows().size(); i++) {
            panel(g, map.rows().get(i), map.models(), (i % COLUMNS) * PANEL_W, top + (i / COLUMNS) * PANEL_H);
        }
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void legend(Graphics2D g, List<String> models) {
        for (int i = 0; i < models.size(); i++) {
            int x = 10 + (i % 4) * 220;
            int y = 17 + (i / 4) * LEGEND_H;
            g.setColor(colour(i));
            g.fillRect(x, y - 8, 18, 4);
            g.setColor(Color.BLACK);
            g.drawString(models.get(i), x + 24, y - 2);
        }
    }

    private static void panel(Graphics2D g, BlindspotMap.Row row, List<String> models, int x0, int y0) {
        int w = PANEL_W - LEFT - RIGHT;
        int h = PANEL_H - TOP - BOTTOM;
        int left = x0 + LEFT;
        int top = y0 + TOP;
        double logMin = Math.log10(row.strengths().getFirst());
        double logMax = Math.log10(row.strengths().getLast());
        g.setColor(Color.BLACK);
        g.drawString(fitted(g, row.dataset() + " · " + row.signal() + (row.settingLabel().isEmpty() ? ""
                : " (" + row.settingLabel() + ")"), w), left, y0 + 16);
        g.setColor(new Color(0xdddddd));
        for (double y = 0; y <= 1.0001; y += 0.25) {
            int py = top + (int) Math.round((1 - y) * h);
            g.drawLine(left, py, left + w, py);
        }
        g.setColor(Color.DARK_GRAY);
        g.drawRect(left, top, w, h);
        for (double y = 0; y <= 1.0001; y += 0.5) {
            g.drawString(String.format(Locale.ROOT, "%.1f", y), x0 + 20,
                    top + (int) Math.round((1 - y) * h) + 4);
        }
        for (double strength : row.strengths()) {
            int px = left + (int) Math.round(xFraction(strength, logMin, logMax) * w);
            g.drawLine(px, top + h, px, top + h + 3);
            String label = MapFormats.strength(strength);
            g.drawString(label, px - g.getFontMetrics().stringWidth(label) / 2, top + h + 15);
        }
        g.drawString(row.parameter() + " (log)   y: signal reliance", left, top + h + 31);
        for (int m = 0; m < models.size(); m++) {
            BlindspotMap.Cell cell = row.cells().get(models.get(m));
            if (cell != null) {
                // earlier columns drawn wider, so that lines on top of each other (1.0, chance) stay visible
                float width = Math.max(1.5f, 2f * (models.size() - m));
                curve(g, cell, colour(m), width, left, top, w, h, logMin, logMax);
            }
        }
    }

    /** The text, cut with an ellipsis to fit {@code width} pixels. */
    private static String fitted(Graphics2D g, String text, int width) {
        if (g.getFontMetrics().stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && g.getFontMetrics().stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    private static void curve(Graphics2D g, BlindspotMap.Cell cell, Color colour, float width, int left, int top,
                              int w, int h, double logMin, double logMax) {
        List<BlindspotMap.Point> points = cell.points().stream().filter(p -> p.signalReliance().mean() != null)
                .toList();
        Path2D.Double line = new Path2D.Double();
        for (BlindspotMap.Point p : points) {
            double px = left + xFraction(p.strength(), logMin, logMax) * w;
            double py = top + (1 - p.signalReliance().mean()) * h;
            if (p == points.getFirst()) {
                line.moveTo(px, py);
            } else {
                line.lineTo(px, py);
            }
        }
        g.setColor(colour);
        g.setStroke(new BasicStroke(width));
        g.draw(line);
        g.setStroke(new BasicStroke(1.5f));
        for (BlindspotMap.Point p : points) {
            double px = left + xFraction(p.strength(), logMin, logMax) * w;
            double py = top + (1 - p.signalReliance().mean()) * h;
            Ellipse2D dot = new Ellipse2D.Double(px - 4, py - 4, 8, 8);
            if (p.verdict() == RelianceVerdict.USES_SIGNAL) {
                g.fill(dot);
            } else {
                g.setColor(Color.WHITE);
                g.fill(dot);
                g.setColor(colour);
                g.draw(dot);
            }
            if (cell.threshold() != null && p.strength() == cell.threshold()) {
                g.draw(new Ellipse2D.Double(px - 8, py - 8, 16, 16));
            }
        }
        g.setStroke(new BasicStroke(1f));
    }

    private static double xFraction(double strength, double logMin, double logMax) {
        return logMax == logMin ? 0.5 : (Math.log10(strength) - logMin) / (logMax - logMin);
    }

    private static Color colour(int index) {
        return PALETTE[index % PALETTE.length];
    }
}
