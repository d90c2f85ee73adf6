package dev.rehabdoc.export.pdf;

import dev.rehabdoc.data.EmbeddedContent;
import dev.rehabdoc.export.ExportException;
import dev.rehabdoc.export.ExportOptions;
import dev.rehabdoc.export.ExportTarget;
import dev.rehabdoc.load.LoadResult;
import dev.rehabdoc.model.Catalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Test fixture: exports catalogs with the PDF exporter and reads the results back with PDFBox. */
final class Handouts {
    static final ExportOptions OPTIONS = ExportOptions.defaults().withTimestamp(Instant.parse("2021-07-20T00:00:00Z"));

    private Handouts() {
    }

    /** The embedded seed article. */
    static Catalog seed() {
        return switch (EmbeddedContent.load()) {
            case LoadResult.Loaded loaded -> loaded.catalog();
            case LoadResult.Failed failed -> throw new AssertionError("the seed does not load: " + failed.problems());
        };
    }

    /** Exports {@code catalog} into {@code directory} and returns the files written, in order. */
    static List<Path> export(Catalog catalog, ExportOptions options, Path directory) throws ExportException {
        try (ExportTarget target = ExportTarget.in(directory)) {
            new PdfExporter().export(catalog, options, target);
            return target.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a PDF with every run of white space made one space. */
    static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return flat(new PDFTextStripper().getText(document));
        }
    }

    /** Lines joined with a space, except after a hyphen where a line broke inside a word such as "long-term". */
    static String flat(String text) {
        return text.replaceAll("(\\S-)\\s*\\R\\s*", "$1").replaceAll("\\s+", " ").strip();
    }
}
