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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Test fixture: exports catalogs with the PDF exporter and reads the results back with PDFBox. */
final class Handouts {
    private static final Pattern FOOTER = Pattern.compile("(?m)^Page \\d+ of \\d+.*$");
    /** A bullet, or a list item's number ("12."), which reading by position may join to the words around it. */
    private static final Pattern LIST_SYMBOL = Pattern.compile("\u2022|(?<![\\d.])\\d+\\.(?!\\d)");
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

    /** The text of each page, without its footer ("Page 3 of 12" and the handout's name), made flat. */
    static List<String> pages(Path pdf) throws IOException {
        return pages(pdf, 1, Integer.MAX_VALUE, false);
    }

    /** As {@link #pages(Path)}, of the pages from {@code first} to {@code last} only. */
    static List<String> pages(Path pdf, int first, int last) throws IOException {
        return pages(pdf, first, last, false);
    }

    /**
     * The characters a reader reads, page by page from top to bottom, without white space, page footers and the
     * bullets and numbers of lists: every text of a handout as {@link #letters(String)} gives it is in there whole,
     * also one that runs over several pages. Read by position, as the drawing order differs from the reading order
     * (a list item's symbol is drawn after its first lines, a table after the text that follows it); reading by
     * position may split a word in two ("c afé"), hence no white space.
     */
    static String letters(Path pdf) throws IOException {
        return letters(pdf, 1, Integer.MAX_VALUE);
    }

    /** As {@link #letters(Path)}, of the pages from {@code first} to {@code last} only. */
    static String letters(Path pdf, int first, int last) throws IOException {
        return letters(LIST_SYMBOL.matcher(String.join(" ", pages(pdf, first, last, true))).replaceAll(" "));
    }

    /** A text without white space, as {@link #letters(Path)} compares it. */
    static String letters(String text) {
        return text.replaceAll("\\s+", "");
    }

    static int pageCount(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }

    private static List<String> pages(Path pdf, int first, int last, boolean byPosition) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(byPosition);
            for (int page = Math.max(1, first); page <= Math.min(last, document.getNumberOfPages()); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(flat(FOOTER.matcher(stripper.getText(document)).replaceAll("")));
            }
            return pages;
        }
    }

    /** Lines joined with a space, except after a hyphen where a line broke inside a word such as "long-term". */
    static String flat(String text) {
        return text.replaceAll("(\\S-)\\s*\\R\\s*", "$1").replaceAll("\\s+", " ").strip();
    }
}
