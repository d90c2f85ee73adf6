package dev.rehabdoc.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehabdoc.export.ExportException;
import dev.rehabdoc.export.PageSize;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Clinic;
import dev.rehabdoc.testing.Clinics;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A clinic on the handouts: its name and logo atop the first page, its box on programs, its line on every page. */
class ClinicHandoutTest {
    private static final Catalog SEED = Handouts.seed();
    private static final String PHONE = "0113 496 0000";
    @TempDir
    static Path exported;
    private static Path branded;
    private static Path plain;

    @BeforeAll
    static void exportWithAndWithoutAClinic() throws ExportException {
        org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider.initialise();
        branded = exported.resolve("branded");
        plain = exported.resolve("plain");
        Handouts.export(SEED.withClinic(Clinics.riverside(exported.resolve("clinic"))), Handouts.OPTIONS, branded);
        Handouts.export(SEED, Handouts.OPTIONS, plain);
    }

    @Test
    void everyPageOfEveryHandoutNamesTheClinicAndHowToReachIt() throws IOException {
        for (String name : List.of("cervical-radiculopathy.pdf", "lumbar-radiculopathy.pdf",
                "program-cervical-template.pdf", "program-lumbar-template.pdf")) {
            List<String> pages = pageTexts(branded.resolve(name));
            assertThat(pages).as(name).hasSizeGreaterThan(1).allSatisfy(page -> assertThat(page)
                    .contains(Clinics.RIVERSIDE_NAME + "  \u00B7  " + PHONE + "  \u00B7  hello@riverside.example"));
        }
    }

    @Test
    void theFirstPageStartsWithTheClinicAboveTheTitle() throws IOException {
        // Read by position: a table is drawn after the text that follows it.
        String first = Handouts.letters(branded.resolve("program-cervical-template.pdf"), 1, 1);
        assertThat(first).startsWith(Handouts.letters(Clinics.RIVERSIDE_NAME + "12 River Road, Leeds LS1 4AB" + PHONE
                + "\u00B7hello@riverside.example"));
        assertThat(first.indexOf("riverside.example/physio")).isLessThan(first.indexOf("Pinchednerveintheneck"));
    }

    @Test
    void theProgramHandoutsClinicBoxHasEveryDetailAndNoEmptyLines() throws IOException {
        String text = Handouts.text(branded.resolve("program-cervical-template.pdf"));

        PdfExporterTest.assertInOrder(text, List.of("See a doctor if", "Your clinic", Clinics.RIVERSIDE_NAME,
                "12 River Road Leeds LS1 4AB", "Phone: " + PHONE, "Email: hello@riverside.example",
                "Website: https://riverside.example/physio", "Opening hours: Monday to Friday 8:00-18:00",
                "Call us if the pain spreads down your arm, or you feel numbness", "Please note"));
        assertThat(text).doesNotContain("Clinic contact details");
    }

    @Test
    void withoutAClinicNothingOfOneIsPrintedAndTheProgramKeepsItsSpaceToWriteIn() throws IOException {
        for (String name : List.of("cervical-radiculopathy.pdf", "program-cervical-template.pdf")) {
            String text = Handouts.text(plain.resolve(name));
            assertThat(text).doesNotContain("Your clinic", "\u00B7", "Phone:");
        }
        assertThat(Handouts.text(plain.resolve("program-cervical-template.pdf"))).contains("Clinic contact details");
    }

    @Test
    void handoutsWithAClinicArePdfA2aAndPdfUa1() throws Exception {
        HandoutDocumentTest.assertAccessible(branded.resolve("cervical-radiculopathy.pdf"));
        HandoutDocumentTest.assertAccessible(branded.resolve("program-cervical-template.pdf"));
    }

    @Test
    void theLogoIsAFigureThatAScreenReaderSaysByItsAltTextBeforeTheTitle() throws IOException {
        try (PDDocument document = Loader.loadPDF(branded.resolve("cervical-radiculopathy.pdf").toFile())) {
            List<PDStructureElement> elements = new ArrayList<>();
            walk(document.getDocumentCatalog().getStructureTreeRoot(), elements);
            List<String> types = elements.stream().map(PDStructureElement::getStructureType).toList();
            int figure = types.indexOf("Figure");
            assertThat(figure).isNotNegative().isLessThan(types.indexOf("H1"));
            assertThat(elements.get(figure).getAlternateDescription()).isEqualTo("Riverside Physiotherapy logo");
        }
    }

    @Test
    void aClinicWithOnlyANameGivesItsNameAndNoEmptyFields(@TempDir Path out) throws Exception {
        Handouts.export(SEED.withClinic(Clinics.NAME_ONLY), Handouts.OPTIONS, out);
        Path program = out.resolve("program-lumbar-template.pdf");

        String text = Handouts.text(program);
        assertThat(text).contains("Your clinic Hillside Clinic Please note").doesNotContain("Phone:", "Email:",
                "Website:", "Opening hours:", "Call us if", "\u00B7");
        assertThat(pageTexts(program)).allSatisfy(page -> assertThat(page).contains("Hillside Clinic"));
        HandoutDocumentTest.assertAccessible(program);
    }

    @Test
    void aFooterLineThatIsTooLongLeavesOutTheLastContactsButNeverTheName() throws IOException {
        var base = FontFiles.shared().font(FontFiles.Face.SANS);
        List<String> words = List.of("Riverside", "0113 496 0000", "hello@riverside.example");

        assertThat(PageFooter.fitted(words, base, 10, 1000)).isEqualTo("Riverside  \u00B7  0113 496 0000  \u00B7  "
                + "hello@riverside.example");
        assertThat(PageFooter.fitted(words, base, 10, base.getWidthPoint("Riverside  \u00B7  0113 496 0000", 10)))
                .isEqualTo("Riverside  \u00B7  0113 496 0000");
        assertThat(PageFooter.fitted(words, base, 10, 5)).isEqualTo("Riverside");
    }

    @Test
    void everyContactStillFitsTheFootOfALargePrintLetterPage(@TempDir Path out) throws Exception {
        Clinic riverside = Clinics.riverside(out.resolve("clinic"));
        Handouts.export(SEED.withClinic(riverside), Handouts.OPTIONS.withLargePrint(true)
                .withPageSize(PageSize.LETTER), out.resolve("pdf"));
        Path program = out.resolve("pdf").resolve("program-cervical-template.pdf");

        assertThat(pageTexts(program)).allSatisfy(page -> assertThat(page).contains(Clinics.RIVERSIDE_NAME));
        HandoutDocumentTest.assertAccessible(program);
        HandoutDocumentTest.assertAccessible(out.resolve("pdf").resolve("cervical-radiculopathy.pdf"));
    }

    @Test
    void aClinicNameTheFontCannotPrintIsAnErrorNamingTheCharacter(@TempDir Path out) {
        assertThatThrownBy(() -> Handouts.export(SEED.withClinic(Clinic.named("\u6E05\u6CB3\u8BCA\u6240")),
                Handouts.OPTIONS, out)).isInstanceOf(ExportException.class).hasMessageContaining("U+6E05");
    }

    private static List<String> pageTexts(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    private static void walk(PDStructureNode node, List<PDStructureElement> elements) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                elements.add(element);
                walk(element, elements);
            }
        }
    }
}
