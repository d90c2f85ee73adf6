package dev.rehabdoc.export.json;

import dev.rehabdoc.export.ExportOptions;
import dev.rehabdoc.export.JsonStyle;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.ExerciseKind;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * Streams a catalog as a bundle straight from the model, token by token: the metadata, then each part in
 * {@link BundleLayout} order, each record as an object whose keys follow its components. Absent values are left
 * out; lists are always written, empty or not.
 */
final class BundleWriter {
    private final Catalog catalog;
    private final ExportOptions options;
    private final BundleImages images;

    BundleWriter(Catalog catalog, ExportOptions options, BundleImages images) {
        this.catalog = catalog;
        this.options = options;
        this.images = images;
    }

    /** Writes the bundle and a final line end; leaves {@code out} open. */
    void writeTo(OutputStream out) throws IOException {
        try (JsonGenerator generator = JsonStyle.generator(out, options.bundles().compact())) {
            generator.writeStartObject();
            generator.writeStringProperty(BundleLayout.SCHEMA_KEY, BundleLayout.SCHEMA_ID);
            generator.writeNumberProperty(BundleLayout.VERSION_KEY, Catalog.SCHEMA_VERSION);
            generator.writeName(BundleLayout.GENERATOR_KEY);
            generator.writeStartObject();
            generator.writeStringProperty("name", BundleLayout.GENERATOR_NAME);
            generator.writeStringProperty("version", options.version());
            generator.writeEndObject();
            generator.writeStringProperty(BundleLayout.GENERATED_KEY,
                    DateTimeFormatter.ISO_INSTANT.format(options.timestamp()));
            for (BundleLayout.Part part : BundleLayout.PARTS) {
                Object content = part.content().apply(catalog);
                if (content != null) {
                    generator.writeName(part.key());
                    value(generator, content);
                }
            }
            generator.writeEndObject();
        }
        out.write('\n');
    }

    private void value(JsonGenerator generator, Object value) throws IOException {
        switch (value) {
            case String text -> generator.writeString(text);
            case Integer number -> generator.writeNumber(number);
            case Boolean flag -> generator.writeBoolean(flag);
            case LocalDate date -> generator.writeString(date.toString());
            case ExerciseKind kind -> generator.writeString(kind.id());
            case Path image -> generator.writeString(images.reference(image));
            case List<?> list -> {
                generator.writeStartArray();
                for (Object element : list) {
                    value(generator, element);
                }
                generator.writeEndArray();
            }
            case Record record -> {
                generator.writeStartObject();
                for (RecordShape.Field field : RecordShape.of(record.getClass()).fields()) {
                    Object fieldValue = field.valueOf(record);
                    if (fieldValue != null) {
                        generator.writeName(field.name());
                        value(generator, fieldValue);
                    }
                }
                generator.writeEndObject();
            }
            default -> throw new IllegalStateException("a bundle has no form for a " + value.getClass().getName());
        }
    }
}
