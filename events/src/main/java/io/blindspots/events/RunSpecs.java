package io.blindspots.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads run specs as users publish them: JSON Schema first (types, enums, unknown fields), then the records' own
 * checks, then defaults and a stable run id.
 */
public final class RunSpecs {

    public static final String SCHEMA_RESOURCE = "/schemas/run-spec.schema.json";
    private static final JsonSchema SCHEMA = loadSchema();

    /** Reads spec text; a key given twice in one object is an error, not "the later one wins". */
    private static final ObjectReader STRICT = Json.MAPPER.reader()
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private RunSpecs() {
    }

    /**
     * Parses, validates and completes a spec.
     *
     * @return the spec with defaults filled in and a run id (given, or the stable hash of its canonical JSON)
     * @throws InvalidSpecException naming the field and its allowed values
     */
    public static RunSpec parse(String json) {
        JsonNode node;
        try {
            node = STRICT.readTree(json);
        } catch (JsonProcessingException e) {
            if (e.getOriginalMessage().startsWith("Duplicate field") && e.getProcessor() instanceof JsonParser parser) {
                String field = pointerToField(parser.getParsingContext().pathAsPointer().toString());
                throw new InvalidSpecException(field, "'" + field + "' appears more than once; a spec names each "
                        + "field once");
            }
            throw new InvalidSpecException("", "not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new InvalidSpecException("", "a run spec must be a JSON object");
        }
        Set<ValidationMessage> errors = SCHEMA.validate(node);
        if (!errors.isEmpty()) {
            ValidationMessage first = errors.iterator().next();
            String field = first.getInstanceLocation().toString().replaceFirst("^\\$\\.?", "");
            if ("propertyNames".equals(first.getType()) && first.getProperty() != null) {
                // a parameter the signal type does not have: name the parameter, not only its object
                field = field + "." + first.getProperty();
            }
            throw new InvalidSpecException(field, errors.stream().map(ValidationMessage::getMessage).sorted()
                    .collect(Collectors.joining("; ")));
        }
        RunSpec spec;
        try {
            for (String strengths : List.of("scales", "rms", "fractions")) {
                if (node.get(strengths) instanceof ObjectNode grid) {
                    ((ObjectNode) node).set(strengths, Json.MAPPER.valueToTree(
                            Json.MAPPER.treeToValue(grid, ScaleGrid.class).values()));
                }
            }
            spec = Json.MAPPER.treeToValue(node, RunSpec.class);
        } catch (ValueInstantiationException e) {
            if (e.getCause() instanceof InvalidSpecException invalid) {
                throw invalid;
            }
            throw new InvalidSpecException("", e.getOriginalMessage());
        } catch (JsonMappingException e) {
            String field = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                    : String.valueOf(r.getIndex())).collect(Collectors.joining("."));
            throw new InvalidSpecException(field, (field.isEmpty() ? "" : "'" + field + "': ") + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new InvalidSpecException("", e.getOriginalMessage());
        }
        return complete(spec);
    }

    /** "/dataset/trainLimit" → "dataset.trainLimit". */
    private static String pointerToField(String pointer) {
        return pointer.replaceFirst("^/", "").replace('/', '.');
    }

    /** Fills in defaults and, when absent, the stable run id. */
    public static RunSpec complete(RunSpec spec) {
        RunSpec full = spec.withDefaults();
        return full.runId() != null ? full : full.withRunId(stableRunId(full));
    }

    /**
     * The id of a spec without one: "run-" and 16 hex digits of the SHA-256 of its canonical JSON (defaults filled
     * in, keys sorted, run id left out), so the same request sent twice, however its JSON is laid out, is one run.
     */
    public static String stableRunId(RunSpec spec) {
        RunSpec canonical = spec.withDefaults().withRunId(null);
        try {
            byte[] bytes = Json.CANONICAL.writeValueAsString(canonical).getBytes(StandardCharsets.UTF_8);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "run-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static JsonSchema loadSchema() {
        try (InputStream in = RunSpecs.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the classpath");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
