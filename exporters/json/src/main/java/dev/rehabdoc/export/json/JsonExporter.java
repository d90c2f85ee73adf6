package dev.rehabdoc.export.json;

import dev.rehabdoc.export.ExportException;
import dev.rehabdoc.export.ExportOptions;
import dev.rehabdoc.export.ExportTarget;
import dev.rehabdoc.export.Exporter;
import dev.rehabdoc.model.Catalog;
import java.io.IOException;
import java.util.Optional;

/** Writes the whole catalog as {@code bundle.json}, with its images beside it or inside it, for other applications. */
public final class JsonExporter implements Exporter {

    @Override
    public String formatId() {
        return "json";
    }

    @Override
    public String description() {
        return "The whole catalog as one JSON bundle (bundle.json) with its images, described by a JSON Schema";
    }

    /** The JSON Schema (draft 2020-12) of {@code bundle.json}. */
    @Override
    public Optional<String> schema() {
        return Optional.of(BundleSchema.text());
    }

    @Override
    public void export(Catalog catalog, ExportOptions options, ExportTarget target) throws ExportException, IOException {
        BundleImages images = BundleImages.prepare(catalog, options.bundles().embedImages(), target);
        BundleWriter writer = new BundleWriter(catalog, options, images);
        target.write(BundleLayout.FILE_NAME, writer::writeTo);
    }
}
