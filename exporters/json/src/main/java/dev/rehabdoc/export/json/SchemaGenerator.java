package dev.rehabdoc.export.json;

import dev.rehabdoc.export.JsonStyle;
import dev.rehabdoc.model.AtMost;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.ExerciseKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JsonGenerator;

/**
 * Generates the JSON Schema (draft 2020-12) of a bundle from the model: one definition per record, its properties
 * in component order and closed to other keys, with the Jakarta constraints turned into keywords ({@code @NotBlank}
 * into a non-blank string, {@code @NotEmpty} into {@code minItems}, {@code @Pattern} and {@code @ContentId} into an
 * anchored {@code pattern}, {@code @Min}, {@code @Max} and {@code @Positive} into bounds, {@code @AtMost} into
 * {@code maxLength} or {@code maxItems}); a component is required
 * when it must not be null or is a primitive number.
 */
final class SchemaGenerator {
    static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    private static final String DEFINITIONS = "#/$defs/";

    private SchemaGenerator() {
    }

    /** The schema, pretty-printed with a final line end. */
    static String generate() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator generator = JsonStyle.generator(bytes, false)) {
            writeRoot(generator, definitions());
        }
        bytes.write('\n');
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Every record type a bundle holds, in the order they are first met from the top. */
    private static List<Class<?>> definitions() {
        Set<Class<?>> found = new LinkedHashSet<>();
        for (BundleLayout.Part part : BundleLayout.PARTS) {
            collect(part.type(), found);
        }
        return List.copyOf(found);
    }

    private static void collect(Type type, Set<Class<?>> found) {
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, found);
            }
        } else if (type instanceof Class<?> raw && raw.isRecord() && found.add(raw)) {
            for (RecordShape.Field field : RecordShape.of(raw).fields()) {
                collect(field.type(), found);
            }
        }
    }

    private static void writeRoot(JsonGenerator g, List<Class<?>> definitions) {
        g.writeStartObject();
        g.writeStringProperty("$schema", DIALECT);
        g.writeStringProperty("$id", BundleLayout.SCHEMA_ID);
        g.writeStringProperty("title", "rehabdoc bundle");
        g.writeStringProperty("description", "A whole rehabdoc catalog as one JSON document; references between "
                + "records are ids. Generated from the rehabdoc model.");
        g.writeStringProperty("type", "object");
        g.writeName("properties");
        g.writeStartObject();
        g.writeName(BundleLayout.SCHEMA_KEY);
        g.writeStartObject();
        g.writeStringProperty("type", "string");
        g.writeEndObject();
        g.writeName(BundleLayout.VERSION_KEY);
        g.writeStartObject();
        g.writeNumberProperty("const", Catalog.SCHEMA_VERSION);
        g.writeEndObject();
        writeGenerator(g);
        g.writeName(BundleLayout.GENERATED_KEY);
        g.writeStartObject();
        g.writeStringProperty("type", "string");
        g.writeStringProperty("format", "date-time");
        g.writeEndObject();
        for (BundleLayout.Part part : BundleLayout.PARTS) {
            g.writeName(part.key());
            g.writeStartObject();
            if (part.list()) {
                g.writeStringProperty("type", "array");
                g.writeName("items");
                g.writeStartObject();
            }
            g.writeStringProperty("$ref", DEFINITIONS + part.type().getSimpleName());
            if (part.list()) {
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        writeStrings(g, "required", List.of(BundleLayout.VERSION_KEY, BundleLayout.GENERATOR_KEY,
                BundleLayout.GENERATED_KEY));
        g.writeBooleanProperty("additionalProperties", false);
        g.writeName("$defs");
        g.writeStartObject();
        for (Class<?> type : definitions) {
            g.writeName(type.getSimpleName());
            writeRecord(g, RecordShape.of(type));
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeGenerator(JsonGenerator g) {
        g.writeName(BundleLayout.GENERATOR_KEY);
        g.writeStartObject();
        g.writeStringProperty("type", "object");
        g.writeName("properties");
        g.writeStartObject();
        g.writeName("name");
        g.writeStartObject();
        g.writeStringProperty("const", BundleLayout.GENERATOR_NAME);
        g.writeEndObject();
        g.writeName("version");
        g.writeStartObject();
        g.writeStringProperty("type", "string");
        g.writeNumberProperty("minLength", 1);
        g.writeEndObject();
        g.writeEndObject();
        writeStrings(g, "required", List.of("name", "version"));
        g.writeBooleanProperty("additionalProperties", false);
        g.writeEndObject();
    }

    private static void writeRecord(JsonGenerator g, RecordShape shape) {
        g.writeStartObject();
        g.writeStringProperty("type", "object");
        g.writeName("properties");
        g.writeStartObject();
        List<String> required = new ArrayList<>();
        for (RecordShape.Field field : shape.fields()) {
            g.writeName(field.name());
            writeValue(g, field.type(), field.constraints(), field.elementConstraints());
            if (isRequired(field)) {
                required.add(field.name());
            }
        }
        g.writeEndObject();
        if (!required.isEmpty()) {
            writeStrings(g, "required", required);
        }
        g.writeBooleanProperty("additionalProperties", false);
        g.writeEndObject();
    }

    private static boolean isRequired(RecordShape.Field field) {
        return has(field.constraints(), NotNull.class) || has(field.constraints(), NotBlank.class)
                || has(field.constraints(), NotEmpty.class) || field.type() == int.class;
    }

    private static void writeValue(JsonGenerator g, Type type, Set<Annotation> constraints,
                                   Set<Annotation> elementConstraints) {
        g.writeStartObject();
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            g.writeStringProperty("type", "array");
            if (has(constraints, NotEmpty.class)) {
                g.writeNumberProperty("minItems", 1);
            }
            find(constraints, AtMost.class).ifPresent(limit -> g.writeNumberProperty("maxItems", limit.value().most()));
            g.writeName("items");
            writeValue(g, list.getActualTypeArguments()[0], elementConstraints, Set.of());
        } else if (type instanceof Class<?> raw && raw.isRecord()) {
            g.writeStringProperty("$ref", DEFINITIONS + raw.getSimpleName());
        } else if (type == String.class) {
            writeText(g, constraints);
        } else if (type == Integer.class || type == int.class) {
            writeInteger(g, constraints);
        } else if (type == Boolean.class || type == boolean.class) {
            g.writeStringProperty("type", "boolean");
        } else if (type == LocalDate.class) {
            g.writeStringProperty("type", "string");
            g.writeStringProperty("format", "date");
            g.writeStringProperty("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
        } else if (type == ExerciseKind.class) {
            g.writeStringProperty("type", "string");
            writeStrings(g, "enum", Arrays.stream(ExerciseKind.values()).map(ExerciseKind::id).toList());
        } else if (type == Path.class) {
            g.writeStringProperty("type", "string");
            g.writeNumberProperty("minLength", 1);
            g.writeStringProperty("description", "a PNG or JPEG file: a path relative to the bundle, such as "
                    + "images/cat-cow.png, or a data:image/png;base64 or data:image/jpeg;base64 URI");
        } else {
            throw new IllegalStateException("the schema has no form for " + type.getTypeName());
        }
        g.writeEndObject();
    }

    private static void writeText(JsonGenerator g, Set<Annotation> constraints) {
        g.writeStringProperty("type", "string");
        Optional<Pattern> pattern = find(constraints, Pattern.class);
        if (has(constraints, NotBlank.class)) {
            g.writeNumberProperty("minLength", 1);
        }
        find(constraints, AtMost.class).ifPresent(limit -> g.writeNumberProperty("maxLength", limit.value().most()));
        if (pattern.isPresent()) {
            g.writeStringProperty("pattern", "^" + pattern.get().regexp() + "$");
        } else if (has(constraints, NotBlank.class)) {
            g.writeStringProperty("pattern", "\\S");
        }
    }

    private static void writeInteger(JsonGenerator g, Set<Annotation> constraints) {
        g.writeStringProperty("type", "integer");
        long minimum = has(constraints, Positive.class) ? 1 : Integer.MIN_VALUE;
        minimum = Math.max(minimum, find(constraints, Min.class).map(Min::value).orElse((long) Integer.MIN_VALUE));
        long maximum = find(constraints, Max.class).map(Max::value).orElse((long) Integer.MAX_VALUE);
        g.writeNumberProperty("minimum", minimum);
        g.writeNumberProperty("maximum", maximum);
    }

    private static void writeStrings(JsonGenerator g, String name, List<String> values) {
        g.writeName(name);
        g.writeStartArray();
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }

    private static boolean has(Set<Annotation> constraints, Class<? extends Annotation> type) {
        return find(constraints, type).isPresent();
    }

    private static <A extends Annotation> Optional<A> find(Set<Annotation> constraints, Class<A> type) {
        return constraints.stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
