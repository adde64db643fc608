package io.blindspots.convnet.domain;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.params.BatchNormalizationParamInitializer;

import java.util.Set;

/** Counts what a network trains: DL4J also stores batch normalisation's running statistics as parameters. */
final class ParameterCounts {

    private static final Set<String> RUNNING_STATISTICS = Set.of(BatchNormalizationParamInitializer.GLOBAL_MEAN,
            BatchNormalizationParamInitializer.GLOBAL_VAR, BatchNormalizationParamInitializer.GLOBAL_LOG_STD);

    private ParameterCounts() {
    }

    static long trainable(Layer[] layers) {
        long count = 0;
        for (Layer layer : layers) {
            boolean batchNorm = layer.conf() != null && layer.conf().getLayer() instanceof BatchNormalization;
            for (var parameter : layer.paramTable().entrySet()) {
                if (!(batchNorm && RUNNING_STATISTICS.contains(parameter.getKey()))) {
                    count += parameter.getValue().length();
                }
            }
        }
        return count;
    }
}
