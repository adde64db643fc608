package io.blindspots.convnet.domain;

import io.blindspots.events.stream.ImageShape;
import org.deeplearning4j.nn.layers.LayerHelper;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNConvHelper;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * Whether DL4J's convolutions run on oneDNN or on its 5× slower built-in path. DL4J falls back silently (one ERROR
 * line at most), so the service checks at start and says so: see {@code org.nd4j.nativeblas.Nd4jCpu} for why the
 * helpers can be missing.
 */
public final class OneDnnHelpers {

    private OneDnnHelpers() {
    }

    /** The helper DL4J gave a network's convolution layer {@code index}, or null when it runs the built-in path. */
    public static LayerHelper convolutionHelper(MultiLayerNetwork network, int index) {
        if (network.getLayer(index) instanceof ConvolutionLayer convolution) {
            return convolution.getHelper();
        }
        throw new IllegalArgumentException("layer " + index + " is a " + network.getLayer(index).getClass().getName()
                + ", not a convolution");
    }

    /** Builds a small KDD4 and tells whether its first convolution got the oneDNN helper. */
    public static boolean active() {
        ConvNet probe = new Kdd4().build(new ImageShape(1, 8, 8), 2, Kdd4.QUICK, 0);
        return convolutionHelper(((MultiLayerConvNet) probe).network(), 0) instanceof MKLDNNConvHelper;
    }
}
