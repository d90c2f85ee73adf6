package dev.rehabdoc.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Condition;
import dev.rehabdoc.model.FileNames;
import dev.rehabdoc.testing.SyntheticCatalogs;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads a handout's structure tree back with PDFBox and checks it against what a sighted reader sees. */
class StructureTreeTest {

    @Test
    void conditionHandoutReadsInOrderWithHeadingsListsAndQuotes(@TempDir Path out) throws Exception {
        List<String> tree = seedTree(out, "lumbar-radiculopathy.pdf");

        assertThat(tree.get(0)).isEqualTo("H1 Pinched nerve in the lower back");
        assertThat(tree).filteredOn(line -> line.startsWith("H2 ")).containsExactly(
                "H2 About this condition", "H2 Symptoms", "H2 What makes it more likely", "H2 What helps",
                "H2 What to avoid", "H2 See a doctor if", "H2 What the experts say", "H2 Exercises",
                "H2 About this handout");
        // Each exercise is a section of its own under "Exercises"; the colophon's small headings stand one below it.
        assertThat(tree).filteredOn(line -> line.startsWith("H3 ")).startsWith("H3 1. Slow walking", "H3 2. Walking in a pool")
                .endsWith("H3 Reviewed by", "H3 Further reading");
        assertThat(tree).anyMatch(line -> line.startsWith("H4 How to do it"));
        // Every step is an item: its number as the label, its words as the body.
        assertThat(tree).contains("Lbl 1.");
        assertThat(tree).filteredOn(line -> line.startsWith("Lbl ")).allMatch(line -> line.matches("Lbl (\\d+\\.|\u2022)"));
        assertThat(tree).filteredOn(line -> line.startsWith("LBody ")).allMatch(line -> line.length() > 8);
        assertThat(tree).anyMatch(line -> line.startsWith("BlockQuote"));
        // The page footer is no part of the structure.
        assertThat(tree).noneMatch(line -> line.contains("Page 1 of"));
    }

    @Test
    void programHandoutHasItsFieldsAndWarningBoxAsSections(@TempDir Path out) throws Exception {
        List<String> tree = seedTree(out, "program-cervical-template.pdf");

        assertThat(tree.get(0)).startsWith("H1 ");
        assertThat(tree).filteredOn(line -> line.startsWith("H2 ")).containsExactly(
                "H2 Your program", "H2 Your exercises", "H2 See a doctor if", "H2 Clinic contact details");
        assertThat(tree).anyMatch(line -> line.startsWith("P Patient:"));
        assertThat(tree).anyMatch(line -> line.startsWith("P Please note"));
    }

    @Test
    void everyPictureIsOneFigureWithItsAltTextInReadingOrder(@TempDir Path out) throws Exception {
        // Ten exercises share three pictures, so a picture is drawn more than once in a handout; every other
        // exercise's picture has an alt text, the others are read by their caption.
        Catalog catalog = SyntheticCatalogs.generate(10, 3, out.resolve("images"));
        Handouts.export(catalog, Handouts.OPTIONS, out.resolve("pdf"));

        for (Condition condition : catalog.conditions()) {
            List<String> expected = catalog.exercisesOf(condition).stream().flatMap(e -> e.images().stream())
                    .map(image -> image.alternative().orElseThrow()).toList();
            assertThat(expected).isNotEmpty().anyMatch(alt -> alt.startsWith("A person holding position"))
                    .anyMatch(alt -> alt.startsWith("Position "));
            try (PDDocument pdf = Loader.loadPDF(out.resolve("pdf").resolve(FileNames.of(condition) + ".pdf")
                    .toFile())) {
                Map<PDPage, Map<Integer, Integer>> imagesByMcid = byMcid(pdf, StructureTreeTest::countImages);
                int drawn = 0;
                for (PDPage page : pdf.getPages()) {
                    ImageDraws draws = new ImageDraws(page);
                    draws.processPage(page);
                    drawn += draws.count;
                }
                List<PDStructureElement> figures = new ArrayList<>();
                figures(pdf.getDocumentCatalog().getStructureTreeRoot(), figures);

                assertThat(figures).extracting(PDStructureElement::getAlternateDescription)
                        .containsExactlyElementsOf(expected);
                // Each figure holds exactly one drawing of a picture, and no picture is drawn outside a figure.
                for (PDStructureElement figure : figures) {
                    int images = 0;
                    for (Object kid : figure.getKids()) {
                        if (kid instanceof Integer mcid) {
                            images += imagesByMcid.get(figure.getPage()).getOrDefault(mcid, 0);
                        }
                    }
                    assertThat(images).as(figure.getAlternateDescription()).isEqualTo(1);
                }
                assertThat(drawn).isEqualTo(figures.size());
            }
        }
    }

    private static void countImages(PDMarkedContent content, Map<Integer, Integer> byMcid) {
        int images = 0;
        for (Object part : content.getContents()) {
            if (part instanceof PDImageXObject) {
                images++;
            } else if (part instanceof PDMarkedContent inner) {
                countImages(inner, byMcid);
            }
        }
        if (content.getMCID() >= 0 && images > 0) {
            byMcid.merge(content.getMCID(), images, Integer::sum);
        }
    }

    private static void figures(PDStructureNode node, List<PDStructureElement> found) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement child) {
                if (child.getStructureType().equals("Figure")) {
                    found.add(child);
                }
                figures(child, found);
            }
        }
    }

    /** Counts the pictures a page draws, wherever in its content. */
    private static final class ImageDraws extends PDFGraphicsStreamEngine {
        int count;

        ImageDraws(PDPage page) {
            super(page);
        }

        @Override
        public void drawImage(PDImage image) {
            count++;
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void moveTo(float x, float y) {
        }

        @Override
        public void lineTo(float x, float y) {
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        }

        @Override
        public Point2D getCurrentPoint() {
            return new Point2D.Float();
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
        }

        @Override
        public void strokePath() {
        }

        @Override
        public void fillPath(int windingRule) {
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }

    /** The tree of the seed's handout {@code file}, exported into {@code out}. */
    private static List<String> seedTree(Path out, String file) throws Exception {
        Handouts.export(Handouts.seed(), Handouts.OPTIONS, out);
        return outline(out.resolve(file));
    }

    /**
     * The tree as lines "TYPE text", depth first: each element with its own text, and those that only group others,
     * but for the document and its sections, which the headings show.
     */
    static List<String> outline(Path file) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            Map<PDPage, Map<Integer, String>> texts = byMcid(pdf, StructureTreeTest::collect);
            List<String> lines = new ArrayList<>();
            PDStructureNode root = pdf.getDocumentCatalog().getStructureTreeRoot();
            walk(root, null, texts, lines);
            return lines;
        }
    }

    /** What {@code gather} finds in each page's marked content, by page and marked-content id. */
    private static <T> Map<PDPage, Map<Integer, T>> byMcid(PDDocument pdf,
            BiConsumer<PDMarkedContent, Map<Integer, T>> gather) throws IOException {
        Map<PDPage, Map<Integer, T>> pages = new HashMap<>();
        for (PDPage page : pdf.getPages()) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            Map<Integer, T> byMcid = new HashMap<>();
            for (PDMarkedContent content : extractor.getMarkedContents()) {
                gather.accept(content, byMcid);
            }
            pages.put(page, byMcid);
        }
        return pages;
    }

    private static void collect(PDMarkedContent content, Map<Integer, String> byMcid) {
        StringBuilder text = new StringBuilder();
        for (Object part : content.getContents()) {
            if (part instanceof TextPosition position) {
                text.append(position.getUnicode());
            } else if (part instanceof PDMarkedContent inner) {
                collect(inner, byMcid);
            }
        }
        if (content.getMCID() >= 0) {
            byMcid.merge(content.getMCID(), text.toString(), String::concat);
        }
    }

    private static void walk(PDStructureNode node, PDPage page, Map<PDPage, Map<Integer, String>> texts,
            List<String> lines) {
        PDPage here = node instanceof PDStructureElement element && element.getPage() != null ? element.getPage() : page;
        StringBuilder own = new StringBuilder();
        List<PDStructureElement> children = new ArrayList<>();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement child) {
                children.add(child);
            } else if (kid instanceof Integer mcid) {
                own.append(texts.get(here).getOrDefault(mcid, ""));
            } else if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference ref) {
                PDPage on = ref.getPage() != null ? ref.getPage() : here;
                own.append(texts.get(on).getOrDefault(ref.getMCID(), ""));
            }
        }
        if (node instanceof PDStructureElement element) {
            String text = own.toString().replace('\u00A0', ' ').strip();
            String type = element.getStructureType();
            if (!text.isEmpty()) {
                lines.add(type + " " + text);
            } else if (!type.equals("Document") && !type.equals("Sect")) {
                lines.add(type);
            }
        }
        for (PDStructureElement child : children) {
            walk(child, here, texts, lines);
        }
    }
}
