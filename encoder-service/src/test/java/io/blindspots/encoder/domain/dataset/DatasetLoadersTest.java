package io.blindspots.encoder.domain.dataset;

import io.blindspots.events.stream.ImageShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The file-format loaders, on small files written in each real binary format. */
class DatasetLoadersTest {

    @TempDir
    Path dir;

    // --- CIFAR-10 binary ---

    private void writeCifar(int recordsPerFile) throws IOException {
        for (String name : Cifar10.TRAIN_FILES) {
            Files.write(dir.resolve(name), cifarRecords(recordsPerFile, name.hashCode()));
        }
        Files.write(dir.resolve(Cifar10.TEST_FILE), cifarRecords(recordsPerFile, 99));
    }

    /** Record i: label i % 10, red plane = i, green = 2i, blue = 255 - i (mod 256). */
    private static byte[] cifarRecords(int n, int salt) {
        byte[] bytes = new byte[n * Cifar10.RECORD];
        for (int i = 0; i < n; i++) {
            int at = i * Cifar10.RECORD;
            bytes[at] = (byte) (i % 10);
            Arrays.fill(bytes, at + 1, at + 1 + 1024, (byte) (i + salt));
            Arrays.fill(bytes, at + 1 + 1024, at + 1 + 2048, (byte) (2 * i));
            Arrays.fill(bytes, at + 1 + 2048, at + 1 + 3072, (byte) (255 - i));
        }
        return bytes;
    }

    @Test
    void cifarLoadsChannelsFirstInTheUnitRangeAcrossBatchFiles() throws IOException {
        writeCifar(4);

        Dataset cifar = Cifar10.load(dir, 7, 3);

        assertThat(cifar.train().count()).isEqualTo(7);
        assertThat(cifar.test().count()).isEqualTo(3);
        assertThat(cifar.train().labels()).containsExactly(0, 1, 2, 3, 0, 1, 2);
        float[] image = cifar.train().sample(1);
        assertThat(image[1024]).isEqualTo(2 / 255f);
        assertThat(image[2048]).isEqualTo(254 / 255f);
        assertThat(cifar.classNames()).hasSize(10).startsWith("airplane");
    }

    @Test
    void cifarWithoutLimitsReadsEverything() throws IOException {
        writeCifar(2);

        assertThat(Cifar10.load(dir, null, null).train().count()).isEqualTo(10);
    }

    @Test
    void missingCifarFileIsNamedWithTheFullExpectedList() throws IOException {
        writeCifar(1);
        Files.delete(dir.resolve("data_batch_3.bin"));

        assertThatThrownBy(() -> Cifar10.load(dir, null, null))
                .isInstanceOf(DatasetFileException.class)
                .hasMessageContaining("data_batch_3.bin")
                .hasMessageContaining("test_batch.bin");
    }

    @Test
    void truncatedCifarFileIsRejected() throws IOException {
        writeCifar(2);
        byte[] whole = Files.readAllBytes(dir.resolve("test_batch.bin"));
        Files.write(dir.resolve("test_batch.bin"), Arrays.copyOf(whole, whole.length - 100));

        assertThatThrownBy(() -> Cifar10.load(dir, null, null)).hasMessageContaining("truncated");
    }

    // --- IDX (Fashion-MNIST) ---

    private static byte[] idxImages(int n) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(0x00000803);
        out.writeInt(n);
        out.writeInt(28);
        out.writeInt(28);
        for (int i = 0; i < n; i++) {
            byte[] image = new byte[784];
            Arrays.fill(image, (byte) (10 * i));
            out.write(image);
        }
        return bytes.toByteArray();
    }

    private static byte[] idxLabels(int n) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(0x00000801);
        out.writeInt(n);
        for (int i = 0; i < n; i++) {
            out.writeByte((i * 3) % 10);
        }
        return bytes.toByteArray();
    }

    private void writeFashion(boolean gzip, int n) throws IOException {
        write("train-images-idx3-ubyte", idxImages(n), gzip);
        write("train-labels-idx1-ubyte", idxLabels(n), gzip);
        write("t10k-images-idx3-ubyte", idxImages(n / 2), gzip);
        write("t10k-labels-idx1-ubyte", idxLabels(n / 2), gzip);
    }

    private void write(String name, byte[] content, boolean gzip) throws IOException {
        if (!gzip) {
            Files.write(dir.resolve(name), content);
            return;
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(name + ".gz")))) {
            out.write(content);
        }
    }

    @Test
    void fashionMnistLoadsGzippedIdxAsOneGreyChannel() throws IOException {
        writeFashion(true, 6);

        Dataset fashion = FashionMnist.load(dir, null, 2);

        assertThat(((ImageShape) fashion.shape()).channels()).isEqualTo(1);
        assertThat(fashion.train().count()).isEqualTo(6);
        assertThat(fashion.test().count()).isEqualTo(2);
        assertThat(fashion.train().labels()).containsExactly(0, 3, 6, 9, 2, 5);
        assertThat(fashion.train().sample(2)[100]).isEqualTo(20 / 255f);
    }

    @Test
    void fashionMnistLoadsPlainIdx() throws IOException {
        writeFashion(false, 4);

        assertThat(FashionMnist.load(dir, 3, null).train().count()).isEqualTo(3);
    }

    @Test
    void missingFashionMnistSaysWhichFilesItExpectsAndWhere() {
        assertThatThrownBy(() -> FashionMnist.load(dir, null, null))
                .isInstanceOf(DatasetFileException.class)
                .hasMessageContaining("train-images-idx3-ubyte")
                .hasMessageContaining(dir.toString());
    }

    @Test
    void truncatedIdxFileIsRejected() throws IOException {
        writeFashion(false, 4);
        byte[] whole = Files.readAllBytes(dir.resolve("train-images-idx3-ubyte"));
        Files.write(dir.resolve("train-images-idx3-ubyte"), Arrays.copyOf(whole, whole.length - 10));

        assertThatThrownBy(() -> FashionMnist.load(dir, null, null))
                .isInstanceOf(DatasetFileException.class).hasMessageContaining("truncated");
    }

    @Test
    void idxFileWithTheWrongMagicIsRejected() throws IOException {
        writeFashion(false, 4);
        Files.write(dir.resolve("train-labels-idx1-ubyte"), idxImages(4));

        assertThatThrownBy(() -> FashionMnist.load(dir, null, null)).hasMessageContaining("not an IDX file");
    }

    @Test
    void realFashionMnistLoadsWhenDebiansPackageIsInstalled() {
        Path installed = Path.of("/usr/share/datasets/fashion-mnist");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(installed),
                "Debian's dataset-fashion-mnist is not installed");

        Dataset fashion = FashionMnist.load(installed, 1000, 500);

        assertThat(fashion.train().count()).isEqualTo(1000);
        assertThat(fashion.test().count()).isEqualTo(500);
        assertThat(Arrays.stream(fashion.train().labels()).distinct().count()).isEqualTo(10);
    }
}
