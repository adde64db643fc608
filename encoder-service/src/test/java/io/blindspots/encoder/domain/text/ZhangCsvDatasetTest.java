package io.blindspots.encoder.domain.text;

import io.blindspots.encoder.domain.dataset.Dataset;
import io.blindspots.encoder.domain.dataset.DatasetFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ZhangCsvDatasetTest {

    @TempDir
    Path dir;

    @Test
    void readsQuotedFieldsWithEscapedQuotesAndNewLinesAndJoinsTitleAndText() throws IOException {
        Path file = write("train.csv", "\"3\",\"Great \"\"value\"\"\",\"Loved it.\\nWould go again, twice.\"\n"
                + "\"1\",\"Bad\",\"multi\nline field\"\r\n"
                + "\"5\",\"only text\"\n");

        List<ZhangCsvReader.Row> rows = rows(file);

        assertThat(rows).extracting(ZhangCsvReader.Row::label).containsExactly(2, 0, 4);
        assertThat(rows.get(0).text()).isEqualTo("Great \"value\" Loved it.\nWould go again, twice.");
        assertThat(rows.get(1).text()).isEqualTo("Bad multi\nline field");
        assertThat(rows.get(2).text()).isEqualTo("only text");
        assertThat(rows).extracting(ZhangCsvReader.Row::line).containsExactly(1L, 2L, 4L);
    }

    @Test
    void namesTheFileAndLineOfAMalformedRow() throws IOException {
        assertThatThrownBy(() -> rows(write("a.csv", "\"1\",\"ok\"\n2,\"unquoted\"\n")))
                .isInstanceOf(DatasetFileException.class).hasMessageContaining("a.csv:2:")
                .hasMessageContaining("expected a quoted field");
        assertThatThrownBy(() -> rows(write("b.csv", "\"1\",\"ok\"\n\"x\",\"y\"\n")))
                .hasMessageContaining("b.csv:2:").hasMessageContaining("'x' is not an integer");
        assertThatThrownBy(() -> rows(write("c.csv", "\"1\",\"ok\"\n\"1\",\"never closed\n")))
                .hasMessageContaining("c.csv:2:").hasMessageContaining("not closed");
        assertThatThrownBy(() -> rows(write("d.csv", "\"0\",\"zero\"\n")))
                .hasMessageContaining("d.csv:1:").hasMessageContaining("1-based");
        assertThatThrownBy(() -> rows(write("e.csv", "\"1\",\"a\"x\n")))
                .hasMessageContaining("e.csv:1:").hasMessageContaining("expected ','");
        assertThatThrownBy(() -> rows(write("f.csv", "\"1\"\n")))
                .hasMessageContaining("f.csv:1:").hasMessageContaining("at least one text field");
    }

    @Test
    void loadsTrainAndTestLimitedToTheirFirstRowsAndStreamsTheTextsAgainOnEachPass() throws IOException {
        write("train.csv", "\"1\",\"t\",\"Abc\"\n\"2\",\"u\",\"de\"\n\"5\",\"v\",\"f\"\n");
        write("test.csv", "\"4\",\"x\",\"y\"\n\"2\",\"z\",\"w\"\n");

        Dataset data = ZhangCsvDataset.load("yelp-full", dir, "key", ZhangCsvDataset.STARS, 2, null);

        assertThat(data.classNames()).hasSize(5);
        assertThat(data.train().labels()).containsExactly(0, 1);
        assertThat(data.test().labels()).containsExactly(3, 1);
        float[] first = data.train().sample(0);
        float[] second = data.train().sample(1);
        assertThat(ZhangEncoding.decode(first, 0, 6, ZhangEncoding.ALPHABET, '_')).isEqualTo("t_abc_");
        assertThat(ZhangEncoding.decode(second, 0, 5, ZhangEncoding.ALPHABET, '_')).isEqualTo("u_de_");
        assertThat(data.train().sample(0)).isEqualTo(first);
    }

    @Test
    void rejectsAClassOutsideTheDatasetsNamingFileAndLine() throws IOException {
        write("train.csv", "\"1\",\"t\"\n\"6\",\"u\"\n");
        write("test.csv", "\"1\",\"t\"\n");

        assertThatThrownBy(() -> ZhangCsvDataset.load("yelp-full", dir, "key", ZhangCsvDataset.STARS, null, null))
                .hasMessageContaining("train.csv:2:").hasMessageContaining("allowed: 1 to 5");
    }

    @Test
    void namesTheMissingFileAndTheSettingThatPointsAtIt() {
        assertThatThrownBy(() -> ZhangCsvDataset.load("amazon-full", dir, "blindspots.encoder.amazon-full-dir",
                ZhangCsvDataset.STARS, null, null)).isInstanceOf(DatasetFileException.class)
                .hasMessageContaining(dir.resolve("train.csv").toString())
                .hasMessageContaining("blindspots.encoder.amazon-full-dir");
    }

    @Test
    void textCsvTakesItsClassesFromClassesTxtOrTheTrainingFile() throws IOException {
        write("train.csv", "\"1\",\"t\"\n\"3\",\"u\"\n");
        write("test.csv", "\"2\",\"t\"\n");

        assertThat(ZhangCsvDataset.load("text-csv", dir, "k", null, null, null).classNames())
                .containsExactly("class 1", "class 2", "class 3");
        write("classes.txt", "World\nSports\nBusiness\nSci/Tech\n");
        assertThat(ZhangCsvDataset.load("text-csv", dir, "k", null, null, null).classNames())
                .containsExactly("World", "Sports", "Business", "Sci/Tech");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static List<ZhangCsvReader.Row> rows(Path file) {
        List<ZhangCsvReader.Row> rows = new ArrayList<>();
        try (ZhangCsvReader in = new ZhangCsvReader(file)) {
            for (ZhangCsvReader.Row row = in.next(); row != null; row = in.next()) {
                rows.add(row);
            }
        }
        return rows;
    }
}
