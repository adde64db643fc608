package io.blindspots.events.signal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.blindspots.events.Catalog;
import io.blindspots.events.InvalidSpecException;
import io.blindspots.events.Json;

import java.util.Map;

/**
 * The label-revealing signal injected into a run's samples (images or texts) (docs/design.md, "Signals"): one record per signal type, each
 * holding only the parameters its type has, validated in its compact constructor. On the wire the record is an object
 * with its {@code type} beside its parameters ({@code {"type": "one-pixel", "scale": 0.001, "row": 16, "col": 16}});
 * the JSON Schema rejects a parameter the type does not have.
 *
 * <p>{@link #withDefaults(long)} fills in every parameter, so two specs that mean the same signal have the same
 * canonical form, and so the same run id. A new signal is a record here, its entry in the two lists below (the
 * compiler and {@code SignalSpecTest} point at any one left out), its name in {@link Catalog#SIGNALS} and its branch
 * of the schema.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = NoSignalSpec.class, name = Catalog.NONE),
        @JsonSubTypes.Type(value = OnePixelSpec.class, name = Catalog.ONE_PIXEL),
        @JsonSubTypes.Type(value = PatternPixelsSpec.class, name = Catalog.PATTERN_PIXELS),
        @JsonSubTypes.Type(value = RandomPixelSpec.class, name = Catalog.RANDOM_PIXEL),
        @JsonSubTypes.Type(value = MultipleLocationsSpec.class, name = Catalog.MULTIPLE_LOCATIONS),
        @JsonSubTypes.Type(value = NoiseSpec.class, name = Catalog.NOISE),
        @JsonSubTypes.Type(value = MeanSpec.class, name = Catalog.MEAN),
        @JsonSubTypes.Type(value = BlankOnePixelSpec.class, name = Catalog.BLANK_ONE_PIXEL),
        @JsonSubTypes.Type(value = MnemonicSpec.class, name = Catalog.MNEMONIC),
        @JsonSubTypes.Type(value = LengthSpec.class, name = Catalog.LENGTH),
        @JsonSubTypes.Type(value = PatternCharSpec.class, name = Catalog.PATTERN_CHAR)})
public sealed interface SignalSpec permits NoSignalSpec, MultipleLocationsSpec, SignalSpec.Graded {

    /** The signal's name, one of {@link Catalog#SIGNALS}; written on the wire as {@code type}. */
    @JsonProperty("type")
    String type();

    /** The same signal with every parameter filled in: the spec's own, else the type's default. */
    SignalSpec withDefaults(long runSeed);

    /**
     * A signal of the given type with every parameter left to its default.
     *
     * @throws InvalidSpecException for a type outside {@link Catalog#SIGNALS}
     */
    static SignalSpec of(String type) {
        InvalidSpecException.require(Catalog.SIGNALS.contains(type), "signal.type", type,
                "one of " + Catalog.SIGNALS);
        return Json.MAPPER.convertValue(Map.of("type", type), SignalSpec.class);
    }

    /**
     * A signal with one strength knob, the parameter a sweep sets and the blindspot map's x axis: {@code scale} for
     * the pixel signals (a sweep's {@code scales}), {@code rms} for noise ({@code rms}), {@code fraction} for the text
     * signals ({@code fractions}).
     */
    sealed interface Graded extends SignalSpec permits Scaled, NoiseSpec, Prevalent {

        /** The name of the parameter that holds the strength ("scale", "rms", "fraction"). */
        String strengthParameter();

        /** The strength; null before {@link #withDefaults(long)}. */
        Double strength();

        /** The same signal at another strength. */
        Graded withStrength(double strength);
    }

    /**
     * A text signal whose strength is its prevalence: the {@code fraction} of training texts that carry it (each
     * text drawn on its own, seeded by the run's seed and its index). A character has no amplitude to turn down, so
     * the knob is how often the signal is there to learn from. Every text of the test splits carries its split's
     * signal whatever the fraction, so the {@code signal} and {@code conflict} splits ask the same question at every
     * strength: does the model follow the signal when it is there? The default, 1, every training text, is written
     * as no {@code fraction} at all: a spec without one keeps its canonical form and run id.
     */
    sealed interface Prevalent extends Graded permits MnemonicSpec, LengthSpec, PatternCharSpec {

        /** Every training text carries the signal. */
        double ALL = 1.0;

        /** The share of training texts that carry the signal, in (0, 1); null for all of them. */
        Double fraction();

        /** The same signal carried by another share of the training texts. */
        Prevalent withFraction(double fraction);

        @Override
        default String strengthParameter() {
            return "fraction";
        }

        @Override
        default Double strength() {
            return fraction() == null ? ALL : fraction();
        }

        @Override
        default Prevalent withStrength(double strength) {
            return withFraction(strength);
        }

        /** {@code fraction} checked, and 1 written as null (every text: the canonical form of the default). */
        static Double canonicalFraction(Double fraction) {
            InvalidSpecException.require(fraction == null || (fraction > 0 && fraction <= 1), "signal.fraction",
                    fraction, "a number in (0, 1]");
            return fraction == null || fraction == ALL ? null : fraction;
        }
    }

    /** A signal whose strength is a {@code scale}. */
    sealed interface Scaled extends Graded
            permits OnePixelSpec, PatternPixelsSpec, RandomPixelSpec, MeanSpec, BlankOnePixelSpec {

        /** The default of every scale: darker than the darkest 8-bit level but one. */
        double DEFAULT_SCALE = 1e-3;

        /** The signal's unit, in (0, 1]; null before {@link #withDefaults(long)}. */
        Double scale();

        /** The same signal at another scale. */
        Scaled withScale(double scale);

        @Override
        Scaled withDefaults(long runSeed);

        @Override
        default String strengthParameter() {
            return "scale";
        }

        @Override
        default Double strength() {
            return scale();
        }

        @Override
        default Scaled withStrength(double strength) {
            return withScale(strength);
        }
    }
}
