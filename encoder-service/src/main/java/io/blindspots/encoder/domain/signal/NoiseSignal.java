package io.blindspots.encoder.domain.signal;

import io.blindspots.events.signal.NoiseSpec;
import io.blindspots.events.stream.ImageShape;

import java.util.SplittableRandom;

/**
 * {@code noise} (the paper's "noise encoding", a global signal): each class has a dense noise vector, and the image of
 * a class is translated along it. The K vectors are mutually orthonormal directions in pixel space (seeded Gaussians,
 * Gram-Schmidt), each multiplied by {@code rms × sqrt(d)} so that its per-pixel RMS is {@code rms}. No clipping, so
 * the encoding stays lossless.
 */
public final class NoiseSignal implements Signal {

    private final float[][] directions;

    /**
     * @param spec the signal, defaults filled in
     * @throws io.blindspots.events.InvalidSpecException when the K orthonormal directions do not fit the image
     */
    public static NoiseSignal of(NoiseSpec spec, ImageShape shape, int classes) {
        SignalFit.require(classes <= shape.size(), "signal.type", classes + " orthonormal directions do not fit the "
                + shape.size() + " values of a " + shape + " image; allowed: at most " + shape.size() + " classes");
        return new NoiseSignal(shape.size(), classes, spec.rms(), spec.seed());
    }

    private NoiseSignal(int d, int classes, double rms, long noiseSeed) {
        double[][] basis = new double[classes][d];
        SplittableRandom random = new SplittableRandom(noiseSeed);
        for (int k = 0; k < classes; k++) {
            double[] v = basis[k];
            for (int i = 0; i < d; i++) {
                v[i] = gaussian(random);
            }
            for (int j = 0; j < k; j++) {
                double dot = dot(v, basis[j]);
                for (int i = 0; i < d; i++) {
                    v[i] -= dot * basis[j][i];
                }
            }
            double norm = Math.sqrt(dot(v, v));
            for (int i = 0; i < d; i++) {
                v[i] /= norm;
            }
        }
        double length = rms * Math.sqrt(d);
        directions = new float[classes][d];
        for (int k = 0; k < classes; k++) {
            for (int i = 0; i < d; i++) {
                directions[k][i] = (float) (basis[k][i] * length);
            }
        }
    }

    @Override
    public void inject(float[] pixels, int offset, int signalClass, SplittableRandom random) {
        float[] direction = directions[signalClass];
        for (int i = 0; i < direction.length; i++) {
            pixels[offset + i] += direction[i];
        }
    }

    /** A copy of class {@code k}'s noise vector. */
    public float[] direction(int k) {
        return directions[k].clone();
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller: SplittableRandom has no nextGaussian of its own on every JDK
        double u = 1.0 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
