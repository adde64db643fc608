package io.blindspots.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.List;

/**
 * The parts of a run's data. Models train on {@link #TRAIN} (always injected) and are evaluated on the three test
 * splits, so that "ignored the signal" can be told apart from "used it".
 */
public enum Split {
    /** Training data with the true label's signal. */
    TRAIN("train", 0),
    /** Test data without any signal. */
    CLEAN("clean", 1),
    /** Test data with the true label's signal: the paper's setting. */
    SIGNAL("signal", 2),
    /** Test data with the signal of class (c+1) mod K: tells whether predictions follow the signal. */
    CONFLICT("conflict", 3);

    public static final List<Split> TEST_SPLITS = List.of(CLEAN, SIGNAL, CONFLICT);

    private final String wireName;
    private final byte code;

    Split(String wireName, int code) {
        this.wireName = wireName;
        this.code = (byte) code;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** The byte that stands for this split in the binary dataset stream. */
    public byte code() {
        return code;
    }

    public static Split ofCode(byte code) {
        for (Split split : values()) {
            if (split.code == code) {
                return split;
            }
        }
        throw new IllegalArgumentException("unknown split code " + code);
    }

    @JsonCreator
    public static Split of(String wireName) {
        return Arrays.stream(values())
                .filter(s -> s.wireName.equals(wireName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown split '" + wireName + "', allowed: train, clean, signal, conflict"));
    }

    @Override
    public String toString() {
        return wireName;
    }
}
