package io.blindspots.cli;

import io.blindspots.cli.images.BaseImage;
import io.blindspots.cli.images.ServiceImage;
import io.blindspots.cli.stack.Service;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code ./blindspots images}: the four services' container images as image tarballs, built with Jib from the packaged
 * apps onto a base image tarball, with no Docker daemon and no registry. The launcher makes the base first (Debian
 * bookworm's minimal root file system from Debian's own packages, OpenBLAS for the Smile baselines, and a jlinked
 * Java 25 runtime in {@code /opt/java}); {@code --write-base} is the step that wraps that root file system.
 */
@Command(name = "images", description = "Container images of the services (tarballs), built with Jib: no Docker daemon,"
        + " no registry.")
final class ImagesCommand implements Callable<Integer> {

    @Option(names = "--base", defaultValue = ".blindspots/images/base.tar",
            description = "base image tarball (${DEFAULT-VALUE}; ./blindspots images makes it when missing)")
    Path base;

    @Option(names = "--out", defaultValue = ".blindspots/images", description = "where the tarballs go (${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--tag", defaultValue = "0.1.0", description = "image tag (${DEFAULT-VALUE}, as deploy/k8s runs)")
    String tag;

    @Option(names = "--services", split = ",", description = "services (default: all four)")
    List<String> services;

    @Option(names = "--gpu", description = "convnet-trainer's CUDA build (package it with -Pgpu first), as"
            + " blindspots/convnet-trainer-gpu")
    boolean gpu;

    @Option(names = "--write-base", description = "wrap this root file system tar as the base image tarball, and stop")
    Path rootfs;

    @Override
    public Integer call() throws Exception {
        Path home = StackOptions.home();
        Path baseTar = home.resolve(base);
        if (rootfs != null) {
            BaseImage.write(rootfs, List.of("PATH=/opt/java/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                    "JAVA_HOME=/opt/java", "LANG=C.UTF-8"), baseTar);
            System.out.println("base image " + baseTar + " (" + (Files.size(baseTar) >> 20) + " MB)");
            return 0;
        }
        List<Service> chosen = gpu ? List.of(Service.CONVNET) : Service.ALL.stream()
                .filter(s -> services == null || services.contains(s.name())).toList();
        if (chosen.isEmpty()) {
            System.err.println("no such service: " + services + "; the services are "
                    + Service.ALL.stream().map(Service::name).toList());
            return 2;
        }
        if (gpu && !cudaBuild(home)) {
            System.err.println("convnet-trainer/target/quarkus-app is the CPU build: package it with"
                    + " ./mvnw -pl convnet-trainer -Pgpu package first");
            return 2;
        }
        for (Service service : chosen) {
            String name = gpu ? ServiceImage.gpuName(tag) : ServiceImage.name(service, tag);
            Path tarball = home.resolve(out).resolve((gpu ? service.name() + "-gpu" : service.name()) + ".tar");
            long start = System.nanoTime();
            var image = ServiceImage.build(home, service, name, baseTar, tarball, home.resolve(out).resolve("cache"));
            System.out.printf("%s  %s  %s  %d MB  %.1f s%n", name, image.getDigest(), tarball,
                    Files.size(tarball) >> 20, (System.nanoTime() - start) / 1e9);
        }
        System.out.println("load one: docker load -i <tarball>, or skopeo copy docker-archive:<tarball>"
                + " docker://<registry>/<name>");
        return 0;
    }

    private static boolean cudaBuild(Path home) throws Exception {
        Path lib = home.resolve("convnet-trainer/target/quarkus-app/lib/main");
        if (!Files.isDirectory(lib)) {
            return false;
        }
        try (Stream<Path> jars = Files.list(lib)) {
            return jars.anyMatch(j -> j.getFileName().toString().contains("nd4j-cuda"));
        }
    }
}
