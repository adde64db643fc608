package io.blindspots.convnet.domain;

import io.blindspots.events.Catalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArchitecturesTest {

    @Test
    void aVariantsLabelIsTheNameOfItsArchitecture() {
        for (String arch : Catalog.IMAGE_ARCHS) {
            for (String variant : Catalog.variants(arch)) {
                assertThat(Architectures.of(arch + "+" + variant).name()).isEqualTo(arch + "+" + variant);
            }
        }
        assertThat(Architectures.of("kdd4+coordconv")).isInstanceOf(CoordConv.class);
        assertThat(Architectures.of("kdd4+no-pooling")).isInstanceOf(Kdd4.class);
        assertThat(Architectures.of("resnet56+global-branch")).isInstanceOf(ResNet56.class);
        assertThat(Catalog.variants(Catalog.RESNET56)).doesNotContain(Catalog.ALL_CONV);
        assertThat(Catalog.variants(Catalog.CHAR_CNN_SMALL)).isEmpty();
    }

    @Test
    void anArchitectureWithoutAVariantIsAsPublished() {
        assertThat(Catalog.ARCHS).allSatisfy(arch -> assertThat(Architectures.of(arch).name()).isEqualTo(arch));
    }

    @Test
    void aVariantKeepsItsArchitecturesPresets() {
        assertThat(Architectures.of("kdd4+global-branch").preset(Catalog.PAPER)).isEqualTo(Kdd4.PAPER);
        assertThat(Architectures.of("resnet56+coordconv").preset(Catalog.PAPER)).isEqualTo(ResNet56.PAPER);
    }

    @Test
    void rejectsAVariantOfTheCharacterConvNetsNamingTheImageConvNets() {
        assertThatThrownBy(() -> Architectures.of("char-cnn-small+coordconv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("char-cnn-small")
                .hasMessageContaining(Catalog.IMAGE_ARCHS.toString());
    }

    @Test
    void rejectsAnUnknownVariantNamingTheVariants() {
        assertThatThrownBy(() -> Architectures.of("kdd4+dilated"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dilated")
                .hasMessageContaining(Catalog.VARIANTS.toString());
    }

    @Test
    void rejectsAnUnknownArchitectureNamingTheArchitectures() {
        assertThatThrownBy(() -> Architectures.of("vgg16+coordconv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vgg16")
                .hasMessageContaining("kdd4");
    }

    @Test
    void anArchitectureBuildsOnlyTheVariantsThatAreItsOwn() {
        assertThatThrownBy(() -> new Kdd4(Catalog.COORDCONV)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Catalog.NO_POOLING);
    }
}
