package io.blindspots.encoder.domain.dataset;

import java.util.Arrays;
import java.util.List;

/** The ten classes of {@link SyntheticShapes}: which points (dx, dy) around the centre belong to a shape of size s. */
enum ShapeClass {
    DISK("disk") {
        @Override
        boolean contains(double dx, double dy, double s) {
            return dx * dx + dy * dy <= s * s;
        }
    },
    SQUARE("square") {
        @Override
        boolean contains(double dx, double dy, double s) {
            return Math.abs(dx) <= 0.8 * s && Math.abs(dy) <= 0.8 * s;
        }
    },
    TRIANGLE("triangle") {
        @Override
        boolean contains(double dx, double dy, double s) {
            double half = 0.85 * s;
            return dy >= -half && dy <= half && Math.abs(dx) <= (dy + half) / 2 * 1.1;
        }
    },
    RING("ring") {
        @Override
        boolean contains(double dx, double dy, double s) {
            double r2 = dx * dx + dy * dy;
            return r2 <= s * s && r2 >= 0.36 * s * s;
        }
    },
    PLUS("plus") {
        @Override
        boolean contains(double dx, double dy, double s) {
            double arm = Math.max(1.0, 0.28 * s);
            return (Math.abs(dx) <= arm && Math.abs(dy) <= s) || (Math.abs(dy) <= arm && Math.abs(dx) <= s);
        }
    },
    CROSS("cross") {
        @Override
        boolean contains(double dx, double dy, double s) {
            double arm = Math.max(1.0, 0.3 * s);
            return Math.abs(dx) <= 0.8 * s && Math.abs(dy) <= 0.8 * s
                    && (Math.abs(dx - dy) <= arm || Math.abs(dx + dy) <= arm);
        }
    },
    HORIZONTAL_BARS("horizontal-bars") {
        @Override
        boolean contains(double dx, double dy, double s) {
            return Math.abs(dx) <= s && Math.abs(dy) <= 0.8 * s && stripe(dy, s);
        }
    },
    VERTICAL_BARS("vertical-bars") {
        @Override
        boolean contains(double dx, double dy, double s) {
            return Math.abs(dy) <= s && Math.abs(dx) <= 0.8 * s && stripe(dx, s);
        }
    },
    DIAMOND("diamond") {
        @Override
        boolean contains(double dx, double dy, double s) {
            return Math.abs(dx) + Math.abs(dy) <= s;
        }
    },
    FRAME("frame") {
        @Override
        boolean contains(double dx, double dy, double s) {
            double outer = 0.85 * s;
            double inner = outer - Math.max(1.5, 0.3 * s);
            double m = Math.max(Math.abs(dx), Math.abs(dy));
            return m <= outer && m >= inner;
        }
    };

    private final String label;

    ShapeClass(String label) {
        this.label = label;
    }

    abstract boolean contains(double dx, double dy, double s);

    static List<String> names() {
        return Arrays.stream(values()).map(c -> c.label).toList();
    }

    /** Alternating bands about a third of the size wide: the bars of the two stripe classes. */
    private static boolean stripe(double d, double s) {
        double band = Math.max(1.5, s / 3);
        return Math.floorMod((int) Math.floor((d + s) / band), 2) == 0;
    }
}
