package io.blindspots.convnet.domain;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The ConvNets this trainer can build, by name: one class and one entry here per architecture. */
public final class Architectures {

    private static final Map<String, ConvNetArchitecture> BY_NAME = List.<ConvNetArchitecture>of(new ResNet56(), new Kdd4(),
                    CharCnn.small(), CharCnn.large())
            .stream()
            .collect(Collectors.toUnmodifiableMap(ConvNetArchitecture::name, Function.identity()));

    private Architectures() {
    }

    /** @throws IllegalArgumentException naming the architectures this trainer has */
    public static ConvNetArchitecture of(String name) {
        ConvNetArchitecture architecture = BY_NAME.get(name);
        if (architecture == null) {
            throw new IllegalArgumentException("this trainer has no ConvNet '" + name + "'; it has "
                    + BY_NAME.keySet().stream().sorted().toList());
        }
        return architecture;
    }
}
