package io.blindspots.encoder.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;

/** Settings of the encoder, under {@code blindspots.encoder.*}. */
@ConfigMapping(prefix = "blindspots.encoder")
public interface EncoderConfig {

    /**
     * The largest dataset-stream record the encoder writes, in bytes. Under the broker's default
     * {@code message.max.bytes} (1 MiB) with room for the record overhead.
     */
    @WithDefault("900000")
    int maxRecordBytes();

    /** Where CIFAR-10's binary batches ({@code data_batch_1.bin} … {@code test_batch.bin}) are. */
    @WithDefault("/usr/share/datasets/cifar10")
    Path cifar10Dir();

    /** Where Fashion-MNIST's IDX files are; the default is where Debian's dataset-fashion-mnist puts them. */
    @WithDefault("/usr/share/datasets/fashion-mnist")
    Path fashionMnistDir();

    /** Where Yelp Review Full's {@code train.csv} and {@code test.csv} (Zhang et al. 2015) are. */
    @WithDefault("/usr/share/datasets/yelp_review_full_csv")
    Path yelpFullDir();

    /** Where Amazon Review Full's {@code train.csv} and {@code test.csv} (Zhang et al. 2015) are. */
    @WithDefault("/usr/share/datasets/amazon_review_full_csv")
    Path amazonFullDir();

    /** Where the {@code text-csv} dataset's {@code train.csv}, {@code test.csv} (and {@code classes.txt}) are. */
    @WithDefault("/usr/share/datasets/text-csv")
    Path textCsvDir();

    /** Test images per class in a run's sample picture. */
    @WithDefault("3")
    int samplesPerClass();
}
