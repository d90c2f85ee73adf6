package dev.rehabdoc.export.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The JSON Schema (draft 2020-12) of {@code bundle.json}, as shipped in this jar. */
public final class BundleSchema {
    /** Where the schema is in the jar, beside this class. */
    static final String RESOURCE = "bundle.schema.json";

    private BundleSchema() {
    }

    /** The schema's {@code $id}, which every bundle names as its {@code $schema}. */
    public static String id() {
        return BundleLayout.SCHEMA_ID;
    }

    /** The schema as UTF-8 JSON text ending in a line end. */
    public static String text() {
        try (InputStream in = BundleSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + RESOURCE + " beside " + BundleSchema.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
