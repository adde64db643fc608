package io.blindspots.convnet.domain;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link ConvNet} that appends two coordinate channels to every batch of NCHW images before the base network sees
 * it ({@link CoordConv}): channel C holds each pixel's x, channel C+1 its y, each running linearly from -1 (left,
 * top) to 1 (right, bottom); a side of one pixel has the coordinate 0. The planes are computed once per image size.
 */
public final class CoordConvNet implements ConvNet {

    /** The channels appended: x, then y. */
    static final int COORDINATES = 2;

    private record Size(long height, long width, DataType type) {
    }

    private final String arch;
    private final ConvNet base;
    private final Map<Size, INDArray> planes = new ConcurrentHashMap<>();

    CoordConvNet(String arch, ConvNet base) {
        this.arch = arch;
        this.base = base;
    }

    @Override
    public String arch() {
        return arch;
    }

    @Override
    public long parameterCount() {
        return base.parameterCount();
    }

    @Override
    public double fit(INDArray features, INDArray labels) {
        return base.fit(withCoordinates(features), labels);
    }

    @Override
    public void startEpoch(int epoch) {
        base.startEpoch(epoch);
    }

    @Override
    public INDArray predict(INDArray features) {
        return base.predict(withCoordinates(features));
    }

    @Override
    public void save(Path file) throws IOException {
        base.save(file);
    }

    /** The network that sees the images with their coordinates, for inspection. */
    public ConvNet base() {
        return base;
    }

    /** N×C×H×W images as N×(C+2)×H×W: the images, then the x and y planes. */
    INDArray withCoordinates(INDArray features) {
        if (features.rank() != 4) {
            throw new IllegalArgumentException("coordconv takes NCHW images, got shape "
                    + Arrays.toString(features.shape()));
        }
        long n = features.size(0);
        long height = features.size(2);
        long width = features.size(3);
        INDArray coordinates = planes.computeIfAbsent(new Size(height, width, features.dataType()),
                CoordConvNet::coordinates);
        return Nd4j.concat(1, features, coordinates.broadcast(n, COORDINATES, height, width));
    }

    /** The 1×2×H×W x and y planes, outside any workspace so that they outlive the call that made them. */
    private static INDArray coordinates(Size size) {
        try (var ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            int height = (int) size.height();
            int width = (int) size.width();
            float[] values = new float[COORDINATES * height * width];
            for (int row = 0; row < height; row++) {
                for (int col = 0; col < width; col++) {
                    values[row * width + col] = coordinate(col, width);
                    values[(height + row) * width + col] = coordinate(row, height);
                }
            }
            return Nd4j.create(values, new long[] {1, COORDINATES, height, width}, DataType.FLOAT)
                    .castTo(size.type());
        }
    }

    /** Position {@code i} of {@code n} on [-1, 1]. */
    private static float coordinate(int i, int n) {
        return n == 1 ? 0f : -1f + 2f * i / (n - 1);
    }
}
