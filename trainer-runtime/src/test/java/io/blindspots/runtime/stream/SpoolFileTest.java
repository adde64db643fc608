package io.blindspots.runtime.stream;

import io.blindspots.events.Split;
import io.blindspots.events.stream.DatasetStreamCodec;
import io.blindspots.events.stream.StreamRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static io.blindspots.events.stream.StreamFixtures.RUN;
import static io.blindspots.events.stream.StreamFixtures.stream;
import static org.assertj.core.api.Assertions.assertThat;

class SpoolFileTest {

    @TempDir
    Path dir;

    @Test
    void spooledStreamAssemblesToTheSameDataset() {
        SpoolFile spool = new SpoolFile(dir.resolve("runs").resolve(RUN + ".spool"));
        List<StreamRecord> records = stream(7, 4);

        records.forEach(r -> spool.append(DatasetStreamCodec.encode(r)));

        StreamAssembler assembler = spool.assemble(RUN);
        assertThat(assembler.isComplete()).isTrue();
        assertThat(assembler.dataset().split(Split.CLEAN).count()).isEqualTo(4);
    }

    @Test
    void tornLastFrameFromACrashIsIgnored() throws IOException {
        SpoolFile spool = new SpoolFile(dir.resolve(RUN + ".spool"));
        List<StreamRecord> records = stream(7, 4);
        spool.append(DatasetStreamCodec.encode(records.get(0)));
        spool.append(DatasetStreamCodec.encode(records.get(1)));
        byte[] torn = java.nio.ByteBuffer.allocate(10).putInt(5000).array();
        Files.write(spool.path(), torn, StandardOpenOption.APPEND);

        assertThat(spool.frames()).hasSize(2);
        assertThat(spool.lastFrame()).hasValueSatisfying(frame ->
                assertThat(frame).isEqualTo(DatasetStreamCodec.encode(records.get(1))));
    }

    @Test
    void lastFrameOfAWholeStreamIsItsFooter() {
        SpoolFile spool = new SpoolFile(dir.resolve(RUN + ".spool"));
        List<StreamRecord> records = stream(7, 4);
        records.forEach(r -> spool.append(DatasetStreamCodec.encode(r)));

        assertThat(spool.lastFrame().map(DatasetStreamCodec::decode)).contains(records.getLast());
        assertThat(new SpoolFile(dir.resolve("absent.spool")).lastFrame()).isEmpty();
    }

    @Test
    void missingSpoolHasNoFrames() {
        assertThat(new SpoolFile(dir.resolve("absent.spool")).frames()).isEmpty();
    }
}
