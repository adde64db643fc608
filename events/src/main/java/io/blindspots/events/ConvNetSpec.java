package io.blindspots.events;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The ConvNet a run trains. Null fields take the preset's values in the trainer.
 *
 * @param arch         one of {@link Catalog#ARCHS}
 * @param preset       {@code quick} (minutes on a laptop CPU) or {@code paper} (the paper's regime)
 * @param epochs       overrides the preset's number of epochs
 * @param batchSize    overrides the preset's mini-batch size
 * @param learningRate overrides the preset's initial learning rate
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConvNetSpec(String arch, String preset, Integer epochs, Integer batchSize, Double learningRate) {

    public ConvNetSpec {
        RunSpec.require(arch != null && Catalog.ARCHS.contains(arch), "convnet.arch", arch,
                "one of " + Catalog.ARCHS);
        RunSpec.require(preset == null || Catalog.PRESETS.contains(preset), "convnet.preset", preset,
                "one of " + Catalog.PRESETS);
        RunSpec.require(epochs == null || (epochs >= 1 && epochs <= 1000), "convnet.epochs", epochs,
                "an integer in [1, 1000]");
        RunSpec.require(batchSize == null || (batchSize >= 1 && batchSize <= 4096), "convnet.batchSize", batchSize,
                "an integer in [1, 4096]");
        RunSpec.require(learningRate == null || (learningRate > 0 && learningRate <= 10), "convnet.learningRate",
                learningRate, "a number in (0, 10]");
    }

    public ConvNetSpec withDefaults() {
        return new ConvNetSpec(arch, preset == null ? Catalog.QUICK : preset, epochs, batchSize, learningRate);
    }
}
