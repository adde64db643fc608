package io.blindspots.cli.images;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A base image tarball in {@code docker save} layout (manifest.json, the image config, one layer) around a root file
 * system that is already a tar (the launcher makes it with debootstrap from Debian's packages and a jlinked Java 25
 * runtime: no registry is reachable from here, so no registry base image is used). Jib reads it as a {@code tar://}
 * base.
 */
public final class BaseImage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BaseImage() {
    }

    /**
     * @param rootfsTar the root file system as an uncompressed tar (paths relative to /)
     * @param env       the image's environment, {@code NAME=value} each (PATH, JAVA_HOME)
     * @param output    the base image tarball to write
     */
    public static void write(Path rootfsTar, List<String> env, Path output) throws IOException {
        String diffId = "sha256:" + sha256(rootfsTar);
        byte[] config = JSON.writeValueAsBytes(Map.of(
                "architecture", "amd64",
                "os", "linux",
                "config", Map.of("Env", env),
                "rootfs", Map.of("type", "layers", "diff_ids", List.of(diffId)),
                "history", List.of(Map.of("created_by", "blindspots images: debootstrap + jlink"))));
        byte[] manifest = JSON.writeValueAsBytes(List.of(Map.of(
                "Config", "config.json", "RepoTags", List.of("blindspots/base:latest"), "Layers", List.of("layer.tar"))));
        Files.createDirectories(output.toAbsolutePath().getParent());
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(Files.newOutputStream(output))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            entry(tar, "manifest.json", manifest);
            entry(tar, "config.json", config);
            TarArchiveEntry layer = new TarArchiveEntry("layer.tar");
            layer.setSize(Files.size(rootfsTar));
            tar.putArchiveEntry(layer);
            Files.copy(rootfsTar, tar);
            tar.closeArchiveEntry();
        }
    }

    private static void entry(TarArchiveOutputStream tar, String name, byte[] content) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(content.length);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
