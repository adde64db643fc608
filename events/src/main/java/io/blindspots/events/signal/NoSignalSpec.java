package io.blindspots.events.signal;

import io.blindspots.events.Catalog;

/** {@code none}: the clean data, the baseline every signal is compared with. It has no parameters. */
public record NoSignalSpec() implements SignalSpec {

    @Override
    public String type() {
        return Catalog.NONE;
    }

    @Override
    public NoSignalSpec withDefaults(long runSeed) {
        return this;
    }
}
