package dev.rehabdoc.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehabdoc.data.EmbeddedContent;
import dev.rehabdoc.export.ExportException;
import dev.rehabdoc.export.ExportOptions;
import dev.rehabdoc.export.ExportTarget;
import dev.rehabdoc.load.LoadResult;
import dev.rehabdoc.model.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** Shared test inputs and ways to read outputs without POI. */
final class Fixtures {
    static final ExportOptions OPTIONS = ExportOptions.defaults().withTimestamp(Instant.parse("2026-03-01T00:00:00Z"));

    private Fixtures() {
    }

    /** The embedded seed article. */
    static Catalog seed() {
        LoadResult result = EmbeddedContent.load();
        assertThat(result).isInstanceOf(LoadResult.Loaded.class);
        return ((LoadResult.Loaded) result).catalog();
    }

    /** Exports {@code catalog} into {@code directory} and commits. */
    static void export(Catalog catalog, ExportOptions options, Path directory) throws IOException, ExportException {
        try (ExportTarget target = ExportTarget.in(directory)) {
            new XlsxExporter().export(catalog, options, target);
            target.commit();
        }
    }

    /** A part of the xlsx zip, such as {@code xl/worksheets/sheet2.xml}, parsed with the JDK's DOM parser. */
    static Document part(Path xlsx, String name) throws Exception {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            ZipEntry entry = zip.getEntry(name);
            assertThat(entry).as(name + " in " + xlsx.getFileName()).isNotNull();
            try (InputStream in = zip.getInputStream(entry)) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(false);
                return factory.newDocumentBuilder().parse(in);
            }
        }
    }
}
