package io.blindspots.encoder.domain;

import io.blindspots.encoder.domain.dataset.Dataset;
import io.blindspots.encoder.domain.dataset.SyntheticShapes;
import io.blindspots.encoder.domain.signal.Signals;
import io.blindspots.events.Catalog;
import io.blindspots.events.signal.SignalSpec;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;

class SampleGridTest {

    @Test
    void gridShowsEachClassCleanInjectedAndTheAmplifiedDifference() throws IOException {
        Dataset dataset = SyntheticShapes.load(10, 200, 1);

        byte[] png = SampleGrid.png(dataset,
                Signals.create(SignalSpec.of(Catalog.ONE_PIXEL).withDefaults(1), dataset), 1, 2);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getHeight()).isGreaterThan(10 * 32 * 3);
        assertThat(image.getWidth()).isGreaterThan(2 * 3 * 32 * 3);
        // every difference panel is black but for the injected pixel
        int diffPanelX = 110 + 2 * (32 * 3 + 4);
        for (int k = 0; k < 10; k++) {
            int rowY = 18 + k * (32 * 3 + 4);
            assertThat(image.getRGB(diffPanelX + 16 * 3 + 1, rowY + 16 * 3 + 1) & 0xFFFFFF).as("class %d", k)
                    .isNotZero();
            assertThat(image.getRGB(diffPanelX + 2, rowY + 2) & 0xFFFFFF).isZero();
            assertThat(image.getRGB(diffPanelX + 20 * 3, rowY + 10 * 3) & 0xFFFFFF).isZero();
        }
    }
}
