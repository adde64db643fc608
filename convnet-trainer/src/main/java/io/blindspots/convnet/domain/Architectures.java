package io.blindspots.convnet.domain;

import io.blindspots.events.Catalog;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The ConvNets this trainer can build, by label: an architecture ({@code kdd4}), or an image architecture with one of
 * the remedies of {@link Catalog#VARIANTS} ({@code kdd4+coordconv}), as
 * {@link io.blindspots.events.ConvNetSpec#label()} names them. One class and one entry here per architecture; {@code coordconv} wraps any image architecture
 * ({@link CoordConv}), {@code no-pooling}, {@code global-branch} and {@code all-conv} (kdd4 only) are built by the
 * architecture itself.
 */
public final class Architectures {

    private static final Map<String, ConvNetArchitecture> BY_NAME = List.<ConvNetArchitecture>of(new ResNet56(), new Kdd4(),
                    CharCnn.small(), CharCnn.large())
            .stream()
            .collect(Collectors.toUnmodifiableMap(ConvNetArchitecture::name, Function.identity()));

    private Architectures() {
    }

    /**
     * The ConvNet of a label; its {@link ConvNetArchitecture#name()} is the label.
     *
     * @throws IllegalArgumentException naming the architectures this trainer has, or the variants and the
     *                                  architectures they apply to
     */
    public static ConvNetArchitecture of(String label) {
        int plus = label.indexOf('+');
        String arch = plus < 0 ? label : label.substring(0, plus);
        ConvNetArchitecture architecture = BY_NAME.get(arch);
        if (architecture == null) {
            throw new IllegalArgumentException("this trainer has no ConvNet '" + arch + "'; it has "
                    + BY_NAME.keySet().stream().sorted().toList());
        }
        if (plus < 0) {
            return architecture;
        }
        String variant = label.substring(plus + 1);
        if (!Catalog.VARIANTS.contains(variant)) {
            throw new IllegalArgumentException("this trainer has no ConvNet variant '" + variant + "' (in '" + label
                    + "'); it has " + Catalog.VARIANTS + ", of the image ConvNets " + Catalog.IMAGE_ARCHS);
        }
        if (!Catalog.IMAGE_ARCHS.contains(arch)) {
            throw new IllegalArgumentException(arch + " has no variants ('" + label + "'): the variants "
                    + Catalog.VARIANTS + " are of the image ConvNets " + Catalog.IMAGE_ARCHS);
        }
        return switch (variant) {
            case Catalog.COORDCONV -> new CoordConv(architecture);
            default -> Catalog.KDD4.equals(arch) ? new Kdd4(variant) : new ResNet56(variant);
        };
    }

    /** An architecture's label: its name, and {@code +variant} for a variant (null for none). */
    static String label(String arch, String variant) {
        return variant == null ? arch : arch + "+" + variant;
    }

    /**
     * A variant that an image architecture builds itself: null (the network as published) or one of
     * {@code builds}.
     *
     * @throws IllegalArgumentException for any other
     */
    static String builtIn(String arch, String variant, List<String> builds) {
        if (variant != null && !builds.contains(variant)) {
            throw new IllegalArgumentException(arch + " builds no variant '" + variant + "' itself; it builds "
                    + builds);
        }
        return variant;
    }
}
