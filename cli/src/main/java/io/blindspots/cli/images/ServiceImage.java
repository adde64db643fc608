package io.blindspots.cli.images;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.Port;
import io.blindspots.cli.stack.JvmOptions;
import io.blindspots.cli.stack.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One service's container image, built with Jib from the service's packaged Quarkus app onto a base image tarball,
 * written as an image tarball ({@code docker load}-able; {@code crane push}, {@code skopeo copy} or a kind/k3s import
 * take it to a cluster): no Docker daemon and no registry involved. The image is what the service's
 * {@code src/main/docker/Dockerfile.jvm} describes: JVM mode, the app under {@code /deployments} in four layers
 * (dependencies first, as they change least), user 185, port 8080, the data volume, and the JVM flags of
 * {@code deploy/jvm-options.properties} in {@code JAVA_OPTS}.
 */
public final class ServiceImage {

    public static final String USER = "185";
    public static final int PORT = 8080;
    public static final String DATA = "/var/lib/blindspots";
    public static final List<String> ENTRYPOINT =
            List.of("sh", "-c", "exec java $JAVA_OPTS -jar /deployments/quarkus-run.jar");
    private static final AbsoluteUnixPath DEPLOYMENTS = AbsoluteUnixPath.get("/deployments");

    private ServiceImage() {
    }

    /** The image's name: the one the Kubernetes manifests and docker-compose.yml run. */
    public static String name(Service service, String tag) {
        return "blindspots/" + service.name() + ":" + tag;
    }

    /** The CUDA build's name (the gpu overlay's): {@code blindspots/convnet-trainer-gpu:<tag>}. */
    public static String gpuName(String tag) {
        return "blindspots/" + Service.CONVNET.name() + "-gpu:" + tag;
    }

    /**
     * Builds the image of {@code service}, named {@code imageName}, from {@code home}'s packaged app onto
     * {@code baseTar} into {@code outputTar}.
     *
     * @param cache where Jib keeps base and application layers between builds
     */
    public static JibContainer build(Path home, Service service, String imageName, Path baseTar, Path outputTar,
                                     Path cache) throws Exception {
        Path app = home.resolve(service.name()).resolve("target/quarkus-app");
        if (!Files.isRegularFile(app.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(app + " has no quarkus-run.jar: package first (./mvnw -DskipTests package)");
        }
        if (!Files.isRegularFile(baseTar)) {
            throw new IllegalStateException("no base image tarball at " + baseTar);
        }
        JvmOptions options = JvmOptions.load(home);
        List<String> flags = new ArrayList<>(options.common());
        flags.addAll(options.own(service.name()));
        flags.addAll(List.of("-Dquarkus.http.host=0.0.0.0", "-Dquarkus.http.port=" + PORT, "-Dblindspots.data-dir=" + DATA));
        Files.createDirectories(outputTar.toAbsolutePath().getParent());
        return Jib.from(TarImage.at(baseTar))
                .addFileEntriesLayer(layer("dependencies", app.resolve("lib"), DEPLOYMENTS.resolve("lib")))
                .addFileEntriesLayer(layer("quarkus", app.resolve("quarkus"), DEPLOYMENTS.resolve("quarkus")))
                .addFileEntriesLayer(layer("application", app.resolve("app"), DEPLOYMENTS.resolve("app")))
                .addFileEntriesLayer(FileEntriesLayer.builder().setName("launcher")
                        .addEntry(app.resolve("quarkus-run.jar"), DEPLOYMENTS.resolve("quarkus-run.jar")).build())
                .setWorkingDirectory(DEPLOYMENTS)
                .setEnvironment(Map.of("JAVA_OPTS", String.join(" ", flags)))
                .setExposedPorts(Set.of(Port.tcp(PORT)))
                .setVolumes(Set.of(AbsoluteUnixPath.get(DATA)))
                .setUser(USER)
                .setEntrypoint(ENTRYPOINT)
                .setProgramArguments(List.of())
                .addLabel("org.opencontainers.image.title", service.name())
                .containerize(Containerizer.to(TarImage.at(outputTar).named(imageName))
                        .setBaseImageLayersCache(cache.resolve("base"))
                        .setApplicationLayersCache(cache.resolve("application"))
                        .setOfflineMode(true)
                        .setToolName("blindspots"));
    }

    /** Every file under {@code from}, at the same relative path under {@code to}. */
    private static FileEntriesLayer layer(String name, Path from, AbsoluteUnixPath to) {
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName(name);
        if (!Files.isDirectory(from)) {
            return layer.build();
        }
        try (Stream<Path> files = Files.walk(from)) {
            files.filter(Files::isRegularFile).sorted().forEach(file -> {
                Path relative = from.relativize(file);
                AbsoluteUnixPath target = to;
                for (Path part : relative) {
                    target = target.resolve(part.toString());
                }
                layer.addEntry(file, target);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return layer.build();
    }
}
