package io.blindspots.convnet.domain;

import io.blindspots.events.stream.ImageShape;
import io.blindspots.events.Catalog;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNConvHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails when DL4J's convolutions run on the slow built-in path: the onednn natives missing, the
 * {@code org.nd4j.nativeblas.Nd4jCpu} shim gone or no longer matching what DL4J looks up, or
 * {@code -Dorg.eclipse.deeplearning4j.helpers.disable=false} not set.
 */
class OneDnnHelpersTest {

    @Test
    void convolutionLayersOfAnInitialisedNetworkUseTheOneDnnHelper() {
        var net = (MultiLayerConvNet) new Kdd4().build(new ImageShape(3, 32, 32), 10,
                new Kdd4().preset(Catalog.QUICK), 1);

        for (int layer : new int[] {0, 2, 4, 5}) {
            assertThat(OneDnnHelpers.convolutionHelper(net.network(), layer))
                    .as("helper of convolution layer %d", layer)
                    .isInstanceOf(MKLDNNConvHelper.class);
        }
        assertThat(OneDnnHelpers.active()).isTrue();
    }
}
