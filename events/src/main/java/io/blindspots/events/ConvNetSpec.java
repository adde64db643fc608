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
 * @param validationFraction overrides the share of the training split held out (seeded) as the validation slice
 *                     that early stopping watches; 0 for none
 * @param patience     overrides the epochs without a better validation accuracy after which training stops; 0 for
 *                     never (then {@code epochs} are trained)
 * @param variant      a remedy of {@link Catalog#VARIANTS} applied to an image ConvNet ({@link Catalog#IMAGE_ARCHS}),
 *                     or null for the architecture as published
 * @param maxIterations overrides the preset's limit of mini-batches after which training stops, even in the middle of
 *                     an epoch (Keras's {@code steps_per_epoch} × epochs, PyTorch Lightning's {@code max_steps}); the
 *                     test splits are scored at that point as at the end of an epoch
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConvNetSpec(String arch, String preset, Integer epochs, Integer batchSize, Double learningRate,
                          Double validationFraction, Integer patience, String variant, Long maxIterations) {

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
        RunSpec.require(validationFraction == null || (validationFraction >= 0 && validationFraction <= 0.5),
                "convnet.validationFraction", validationFraction, "a number in [0, 0.5]");
        RunSpec.require(patience == null || (patience >= 0 && patience <= 100), "convnet.patience", patience,
                "an integer in [0, 100]");
        RunSpec.require(variant == null || Catalog.VARIANTS.contains(variant), "convnet.variant", variant,
                "one of " + Catalog.VARIANTS);
        RunSpec.require(variant == null || Catalog.IMAGE_ARCHS.contains(arch), "convnet.variant", variant,
                "absent for " + arch + ": the variants are of the image ConvNets " + Catalog.IMAGE_ARCHS);
        RunSpec.require(variant == null || !Catalog.IMAGE_ARCHS.contains(arch)
                        || Catalog.variants(arch).contains(variant), "convnet.variant", variant,
                "one of " + Catalog.variants(arch) + " for " + arch + ": all-conv replaces kdd4's max-pools by strided"
                        + " convolutions, and " + arch + " has no max-pools");
        RunSpec.require(maxIterations == null || maxIterations >= 1, "convnet.maxIterations", maxIterations,
                "an integer of at least 1");
    }

    /** The preset's iteration limit. */
    public ConvNetSpec(String arch, String preset, Integer epochs, Integer batchSize, Double learningRate,
                       Double validationFraction, Integer patience, String variant) {
        this(arch, preset, epochs, batchSize, learningRate, validationFraction, patience, variant, null);
    }

    /** The preset's validation slice and patience, the architecture as published. */
    public ConvNetSpec(String arch, String preset, Integer epochs, Integer batchSize, Double learningRate,
                       Double validationFraction, Integer patience) {
        this(arch, preset, epochs, batchSize, learningRate, validationFraction, patience, null);
    }

    /** The preset's validation slice and patience. */
    public ConvNetSpec(String arch, String preset, Integer epochs, Integer batchSize, Double learningRate) {
        this(arch, preset, epochs, batchSize, learningRate, null, null, null);
    }

    /**
     * The model's name in metrics and tables: the architecture, and {@code +variant} for a variant
     * ({@code kdd4+coordconv}), so a variant is a column of its own.
     */
    public String label() {
        return variant == null ? arch : arch + "+" + variant;
    }

    public ConvNetSpec withDefaults() {
        return new ConvNetSpec(arch, preset == null ? Catalog.QUICK : preset, epochs, batchSize, learningRate,
                validationFraction, patience, variant, maxIterations);
    }
}
