package io.blindspots.events;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The corpus of bad specs in {@code src/test/resources/bad-specs/}: each is rejected with an {@link InvalidSpecException}
 * whose message names what is wrong (the text {@code expected-fields.properties} gives for it), and never with another
 * exception.
 */
class BadSpecCorpusTest {

    private static final String DIRECTORY = "/bad-specs/";

    @TestFactory
    Stream<DynamicTest> everyBadSpecIsRejectedNamingWhatIsWrong() {
        Properties expected = load();
        assertThat(expected).hasSizeGreaterThanOrEqualTo(30);
        return expected.stringPropertyNames().stream().sorted().map(file -> DynamicTest.dynamicTest(file, () -> {
            String spec = read(file);
            assertThatThrownBy(() -> RunSpecs.parse(spec)).isInstanceOf(InvalidSpecException.class);
            InvalidSpecException error = catchThrowableOfType(InvalidSpecException.class, () -> RunSpecs.parse(spec));
            assertThat(error.field() + " " + error.getMessage()).as(file)
                    .contains(expected.getProperty(file));
        }));
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = BadSpecCorpusTest.class.getResourceAsStream(DIRECTORY + "expected-fields.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static String read(String file) throws IOException {
        try (InputStream in = BadSpecCorpusTest.class.getResourceAsStream(DIRECTORY + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
