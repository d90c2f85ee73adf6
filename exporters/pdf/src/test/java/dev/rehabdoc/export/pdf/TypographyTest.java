package dev.rehabdoc.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehabdoc.export.ExportException;
import dev.rehabdoc.export.pdf.FontFiles.Face;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.BaseFont;

class TypographyTest {
    private static final FontFiles FONTS = FontFiles.load();

    @Test
    void printsTypographicQuotesDashesAccentsAndCyrillic() throws ExportException {
        for (Face face : Face.values()) {
            BaseFont font = FONTS.font(face);
            String text = "“Zoë’s café” — Борис Петров, Łódź, Ångström…";
            assertThat(Typography.printable(text, font)).isEqualTo(text);
        }
    }

    @Test
    void aMissingGlyphIsAnErrorNamingTheTextAndTheCharacter() {
        BaseFont font = FONTS.font(Face.SERIF);
        assertThatThrownBy(() -> Typography.printable("Done ✓ today", font))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("\"Done ✓ today\"")
                .hasMessageContaining("'✓' (U+2713)")
                .hasMessageContaining("Liberation Serif");
    }

    @Test
    void largePrintSetsAllTextInBoldSansOfAtLeast18PointWith18PointBody(@TempDir Path out) throws Exception {
        Handouts.export(Handouts.seed(), Handouts.OPTIONS.withLargePrint(true), out);
        for (String file : List.of("lumbar-radiculopathy.pdf", "program-lumbar-template.pdf")) {
            Map<Float, Integer> sizes = new TreeMap<>();
            List<String> fonts = new ArrayList<>();
            readGlyphs(out.resolve(file), (page, glyph) -> {
                sizes.merge(glyph.getFontSizeInPt(), 1, Integer::sum);
                fonts.add(glyph.getFont().getName());
            });
            assertThat(sizes.keySet()).allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(18f));
            assertThat(mostCommon(sizes)).isEqualTo(18f);
            assertThat(fonts).allSatisfy(name -> assertThat(name).endsWith("+LiberationSans-Bold"));
        }
    }

    @Test
    void normalPrintSetsBodyIn12PointAndNothingButTheFooterBelow11(@TempDir Path out) throws Exception {
        Handouts.export(Handouts.seed(), Handouts.OPTIONS, out);
        Map<Float, Integer> sizes = new TreeMap<>();
        List<String> small = new ArrayList<>();
        readGlyphs(out.resolve("cervical-radiculopathy.pdf"), (page, glyph) -> {
            sizes.merge(glyph.getFontSizeInPt(), 1, Integer::sum);
            boolean inFooter = glyph.getYDirAdj() > page - 80;
            if (glyph.getFontSizeInPt() < 11 && !inFooter) {
                small.add(glyph.getUnicode());
            }
        });
        assertThat(mostCommon(sizes)).isEqualTo(12f);
        assertThat(small).isEmpty();
    }

    private interface GlyphVisitor {
        void visit(float pageHeight, TextPosition glyph);
    }

    private static void readGlyphs(Path pdf, GlyphVisitor visitor) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            float height = document.getPage(0).getMediaBox().getHeight();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    positions.forEach(glyph -> visitor.visit(height, glyph));
                }
            };
            stripper.getText(document);
        }
    }

    private static float mostCommon(Map<Float, Integer> sizes) {
        return sizes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
