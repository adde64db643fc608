package io.blindspots.convnet.domain;

import io.blindspots.events.Catalog;
import io.blindspots.events.stream.ImageShape;
import io.blindspots.events.stream.SampleShape;

import java.nio.file.Path;
import java.util.Set;

/**
 * The {@code coordconv} remedy of any image architecture (Liu et al. 2018, "An intriguing failing of convolutional
 * neural networks and the CoordConv solution"): the base network is built for C+2 input channels, and
 * {@link CoordConvNet} appends each pixel's x and y coordinate, from -1 to 1, to every image it is given, so that a
 * convolution can tell where it is. It adds 2·k·k·m weights to the first convolution (k its kernel, m its maps):
 * kdd4 2·5·5·64 = 3,200, resnet56 2·3·3·16 = 288. A checkpoint is the base network's.
 */
final class CoordConv implements ConvNetArchitecture {

    private final ConvNetArchitecture base;

    CoordConv(ConvNetArchitecture base) {
        if (!base.takes().equals(Set.of(ImageShape.KIND))) {
            throw new IllegalArgumentException("coordconv is for image ConvNets; " + base.name() + " takes "
                    + base.takes());
        }
        this.base = base;
    }

    @Override
    public String name() {
        return Architectures.label(base.name(), Catalog.COORDCONV);
    }

    @Override
    public TrainingOptions preset(String preset) {
        return base.preset(preset);
    }

    @Override
    public ConvNet build(SampleShape shape, int classes, TrainingOptions options, long seed) {
        ImageShape image = (ImageShape) shape;
        ImageShape withCoordinates = new ImageShape(image.channels() + CoordConvNet.COORDINATES, image.height(),
                image.width());
        return new CoordConvNet(name(), base.build(withCoordinates, classes, options, seed));
    }

    @Override
    public ConvNet restore(Path checkpoint) {
        return new CoordConvNet(name(), base.restore(checkpoint));
    }
}
