package io.blindspots.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blindspots.cli.images.BaseImage;
import io.blindspots.cli.images.ServiceImage;
import io.blindspots.cli.stack.Service;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds results-service's image for real, with Jib and no Docker daemon, onto a base tarball made here (one layer:
 * a stand-in root file system, since the test only reads the image), and reads the image tarball back: its
 * entrypoint, user, port, volume and JVM flags are the Dockerfile's and deploy/jvm-options.properties', its name the
 * one the Kubernetes manifests run, and its layers hold the packaged app.
 */
class ServiceImageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void resultsServiceImageIsBuiltWithoutADaemonAndRunsTheAppAsTheDockerfileSays() throws Exception {
        Path home = Path.of(System.getProperty("blindspots.home", "..")).toAbsolutePath().normalize();
        Path rootfs = dir.resolve("rootfs.tar");
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(Files.newOutputStream(rootfs))) {
            byte[] shell = "#!/bin/sh\n".getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry entry = new TarArchiveEntry("bin/sh");
            entry.setSize(shell.length);
            entry.setMode(0755);
            tar.putArchiveEntry(entry);
            tar.write(shell);
            tar.closeArchiveEntry();
        }
        Path base = dir.resolve("base.tar");
        BaseImage.write(rootfs, List.of("PATH=/opt/java/bin:/usr/bin:/bin", "JAVA_HOME=/opt/java"), base);

        Path image = dir.resolve("results-service.tar");
        ServiceImage.build(home, Service.RESULTS, ServiceImage.name(Service.RESULTS, "0.1.0"), base, image,
                dir.resolve("cache"));

        Map<String, byte[]> files = entries(Files.newInputStream(image));
        JsonNode manifest = JSON.readTree(files.get("manifest.json")).get(0);
        assertThat(manifest.get("RepoTags").get(0).asText()).isEqualTo("blindspots/results-service:0.1.0");
        assertThat(k8sImages(home)).contains("blindspots/results-service:0.1.0");
        JsonNode config = JSON.readTree(files.get(manifest.get("Config").asText())).get("config");
        assertThat(config.get("Entrypoint")).extracting(JsonNode::asText)
                .containsExactly("sh", "-c", "exec java $JAVA_OPTS -jar /deployments/quarkus-run.jar");
        assertThat(config.get("User").asText()).isEqualTo("185");
        assertThat(config.get("ExposedPorts").has("8080/tcp")).isTrue();
        assertThat(config.get("Volumes").has("/var/lib/blindspots")).isTrue();
        assertThat(config.get("WorkingDir").asText()).isEqualTo("/deployments");
        List<String> env = new ArrayList<>();
        config.get("Env").forEach(e -> env.add(e.asText()));
        assertThat(env).contains("PATH=/opt/java/bin:/usr/bin:/bin", "JAVA_HOME=/opt/java")
                .anySatisfy(e -> assertThat(e).startsWith("JAVA_OPTS=").contains("--enable-native-access=ALL-UNNAMED",
                        "-Dquarkus.http.port=8080", "-Dblindspots.data-dir=/var/lib/blindspots"));

        List<String> paths = new ArrayList<>();
        for (JsonNode layer : manifest.get("Layers")) {
            byte[] blob = files.get(layer.asText());
            InputStream in = new ByteArrayInputStream(blob);
            paths.addAll(entries(blob[0] == (byte) 0x1f ? new GZIPInputStream(in) : in).keySet());
        }
        assertThat(paths).as("the base's layer, then the app's").contains("bin/sh")
                .anySatisfy(p -> assertThat(p).endsWith("deployments/quarkus-run.jar"))
                .anySatisfy(p -> assertThat(p).contains("deployments/lib/main/"))
                .anySatisfy(p -> assertThat(p).contains("deployments/quarkus/"));
    }

    private static Map<String, byte[]> entries(InputStream stream) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(stream)) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                if (entry.isFile()) {
                    String name = entry.getName().startsWith("./") ? entry.getName().substring(2) : entry.getName();
                    entries.put(name.startsWith("/") ? name.substring(1) : name, tar.readAllBytes());
                }
            }
        }
        return entries;
    }

    private static List<String> k8sImages(Path home) throws IOException {
        List<String> images = new ArrayList<>();
        try (var files = Files.list(home.resolve("deploy/k8s/base"))) {
            for (Path file : files.toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (line.strip().startsWith("image:")) {
                        images.add(line.strip().substring("image:".length()).strip());
                    }
                }
            }
        }
        return images;
    }
}
