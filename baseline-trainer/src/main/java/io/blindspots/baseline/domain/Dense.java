package io.blindspots.baseline.domain;

import smile.tensor.DenseMatrix;
import smile.tensor.ScalarType;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Float32 matrices for Smile's native BLAS and LAPACK (column-major, with a padded leading dimension), and the bulk
 * copies between them and this trainer's rows. Float32, as scikit-learn keeps float32 input in float32.
 */
final class Dense {

    private static final ValueLayout.OfFloat F = ValueLayout.JAVA_FLOAT;

    private Dense() {
    }

    static DenseMatrix zeros(int rows, int cols) {
        return DenseMatrix.zeros(ScalarType.Float32, rows, cols);
    }

    /** The samples as the columns of a p × n matrix: each sample one contiguous copy. */
    static DenseMatrix columns(float[][] samples) {
        DenseMatrix m = zeros(samples[0].length, samples.length);
        for (int i = 0; i < samples.length; i++) {
            MemorySegment.copy(samples[i], 0, m.memory(), F, offset(m, 0, i), samples[i].length);
        }
        return m;
    }

    /** Copies column {@code from} of {@code source} into column {@code to} of {@code target} (same height). */
    static void copyColumn(DenseMatrix source, int from, DenseMatrix target, int to) {
        MemorySegment.copy(source.memory(), offset(source, 0, from), target.memory(), offset(target, 0, to),
                (long) source.nrow() * Float.BYTES);
    }

    static float get(DenseMatrix m, int row, int col) {
        return m.memory().get(F, offset(m, row, col));
    }

    static void set(DenseMatrix m, int row, int col, float value) {
        m.memory().set(F, offset(m, row, col), value);
    }

    /** Elements in the backing memory, padding included: matrices of one shape index alike. */
    static int length(DenseMatrix m) {
        return (int) (m.memory().byteSize() / Float.BYTES);
    }

    static float at(DenseMatrix m, int index) {
        return m.memory().getAtIndex(F, index);
    }

    static void put(DenseMatrix m, int index, float value) {
        m.memory().setAtIndex(F, index, value);
    }

    /** A copy of the backing memory, padding included (indexed as {@link #at}). */
    static float[] toArray(DenseMatrix m) {
        return m.memory().toArray(F);
    }

    /** Writes {@code values} (as {@link #toArray} returned them) back into the backing memory. */
    static void copyFrom(float[] values, DenseMatrix m) {
        MemorySegment.copy(values, 0, m.memory(), F, 0, values.length);
    }

    private static long offset(DenseMatrix m, int row, int col) {
        return ((long) col * m.ld() + row) * Float.BYTES;
    }

    static double[][] toDouble(float[][] x) {
        double[][] rows = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            rows[i] = new double[x[i].length];
            for (int j = 0; j < x[i].length; j++) {
                rows[i][j] = x[i][j];
            }
        }
        return rows;
    }

    /** The index of the largest value; a NaN wins, as in numpy's {@code argmax}. */
    static int argmax(double[] values) {
        int best = 0;
        for (int c = 0; c < values.length; c++) {
            if (Double.isNaN(values[c])) {
                return c;
            }
            if (values[c] > values[best]) {
                best = c;
            }
        }
        return best;
    }
}
