package dev.rehabdoc.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rehabdoc.export.ExportException;
import dev.rehabdoc.model.Expert;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.ListItem;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The elements a handout is built from, looked at as made (before any page is laid out): what text each holds and
 * in which font, the bookmarks the headings hang in the outline, what boxes and figures hold, and that no character
 * a font cannot print gets in.
 */
class TypesetterTest {
    private static final Typography TYPE = Typography.of(FontFiles.shared(), false);
    private static final String NO_GLYPH = "cannot print \"Done \u2713\": the font Liberation Serif has no glyph for "
            + "'\u2713' (U+2713)";
    private static final Expert CHANG = new Expert("kaliq-chang", "Kaliq Chang", "MD", "Physiatrist",
            "Atlantic Spine Center");

    @TempDir
    static Path pictures;

    private PdfWriter writer;
    private Typesetter set;

    @BeforeEach
    void newHandout() {
        Document document = new Document(PageSize.A4);
        writer = TaggedPages.writer(document, OutputStream.nullOutputStream());
        // Open, for the outline; never closed, as a handout without pages cannot be.
        document.open();
        set = new Typesetter(TYPE, writer, new Pictures(new Pictures.Decoded(FigureBox.of(PageSize.A4.getWidth(),
                false))));
    }

    @Test
    void headingsHangBookmarksInTheOutlineEachWithItsOwnDestination() throws ExportException {
        Paragraph title = set.title("Pinched nerve");
        Paragraph heading = set.heading("Exercises");
        PdfOutline exercises = set.lastBookmark();
        Paragraph first = set.exerciseHeading("1. Cat/Cow", exercises);
        PdfOutline cow = set.lastBookmark();
        set.warning("See a doctor if", List.of("Numbness spreads."));
        set.writingSpace("Your clinic", 80);

        assertThat(writer.getRootOutline().getKids()).extracting(PdfOutline::getTitle)
                .containsExactly("Pinched nerve", "Exercises", "See a doctor if", "Your clinic");
        assertThat(exercises.getTitle()).isEqualTo("Exercises");
        assertThat(exercises.getKids()).containsExactly(cow);
        assertThat(cow.getTitle()).isEqualTo("1. Cat/Cow");
        assertThat(destination(title)).isEqualTo("section-1");
        assertThat(destination(heading)).isEqualTo("section-2");
        assertThat(destination(first)).isEqualTo("section-3");
        assertThat(set.lastBookmark().getTitle()).isEqualTo("Your clinic");
    }

    @Test
    void eachKindOfTextIsSetInItsFontWithItsLeading() throws ExportException {
        assertThat(set.title("T").getLeading()).isCloseTo(32.4f, within(0.001f));
        assertThat(font(set.title("T"))).isSameAs(TYPE.title);
        assertThat(font(set.subtitle("S"))).isSameAs(TYPE.subtitle);
        assertThat(font(set.heading("H"))).isSameAs(TYPE.heading);
        assertThat(font(set.label("L"))).isSameAs(TYPE.label);
        Paragraph text = set.text("Breathe out slowly.");
        assertThat(only(text).getContent()).isEqualTo("Breathe out slowly.");
        assertThat(font(text)).isSameAs(TYPE.body);
        assertThat(text.getLeading()).isCloseTo(16.2f, within(0.001f));
        assertThat(text.getSpacingAfter()).isCloseTo(4.8f, within(0.001f));
    }

    @Test
    void aLabelledLineIsABoldLabelAndABodyText() throws ExportException {
        List<Chunk> chunks = chunks(set.labelled("How much:", "5 repetitions"));

        assertThat(chunks).extracting(Chunk::getContent).containsExactly("How much: ", "5 repetitions");
        // The paragraph gives the second chunk a font of its own, from the body font.
        assertThat(chunks).extracting(chunk -> chunk.getFont().getBaseFont())
                .containsExactly(TYPE.label.getBaseFont(), TYPE.body.getBaseFont());
    }

    @Test
    void aCharacterTheFontCannotPrintStopsEveryKindOfElement() {
        assertThatThrownBy(() -> set.text("Done \u2713")).isInstanceOf(ExportException.class).hasMessage(NO_GLYPH);
        assertThatThrownBy(() -> set.bullets(List.of("Walk.", "Done \u2713"))).hasMessage(NO_GLYPH);
        assertThatThrownBy(() -> set.numbered(List.of("Done \u2713"))).hasMessage(NO_GLYPH);
        assertThatThrownBy(() -> set.field("Name", "Done \u2713")).hasMessage(NO_GLYPH);
        assertThatThrownBy(() -> set.labelled("Dose:", "Done \u2713")).hasMessage(NO_GLYPH);
        assertThatThrownBy(() -> set.heading("Done \u2713")).hasMessage("cannot print \"Done \u2713\": the font "
                + "Liberation Sans has no glyph for '\u2713' (U+2713)");
    }

    @Test
    void aListSectionKeepsItsHeadingWithTheFirstTwoItemsAndLetsTheRestRunOn() throws ExportException {
        List<String> five = List.of("one", "two", "three", "four", "five");

        assertThat(set.listSection("Tips", five.subList(0, 1))).hasSize(1);
        assertThat(set.listSection("Tips", five.subList(0, 2))).hasSize(1);
        List<Element> three = set.listSection("Tips", five.subList(0, 3));
        assertThat(three).hasSize(2);
        List<Element> all = set.listSection("Tips", five);
        List<Element> kept = contents((PdfPTable) all.getFirst());
        assertThat(only((Paragraph) kept.get(0)).getContent()).isEqualTo("Tips");
        assertThat(items((org.openpdf.text.List) kept.get(1))).containsExactly("one", "two");
        assertThat(items((org.openpdf.text.List) all.get(1))).containsExactly("three", "four", "five");
        assertThat(((PdfPTable) all.getFirst()).spacingBefore()).isCloseTo(18f, within(0.001f));
        assertThat(((PdfPTable) all.getFirst()).getKeepTogether()).isTrue();
    }

    @Test
    void bulletsAreMarkedWithABulletAndStepsWithNumbers() throws ExportException {
        org.openpdf.text.List bullets = set.bullets(List.of("Rest.", "Ice."));
        org.openpdf.text.List steps = set.numbered(List.of("Kneel.", "Round your spine."));

        assertThat(bullets.isNumbered()).isFalse();
        assertThat(bullets.getSymbol().getContent()).isEqualTo("\u2022");
        assertThat(items(bullets)).containsExactly("Rest.", "Ice.");
        assertThat(steps.isNumbered()).isTrue();
        assertThat(items(steps)).containsExactly("Kneel.", "Round your spine.");
    }

    @Test
    void aQuoteHasCurlyQuotesTheBylineAndTheAffiliationInABarredPanel() throws ExportException {
        PdfPTable quote = set.quote("  Keep moving. ", CHANG);

        assertThat(contents(quote)).extracting(element -> only((Paragraph) element).getContent()).containsExactly(
                "\u201CKeep moving.\u201D", "\u2014 Kaliq Chang, MD", "Physiatrist, Atlantic Spine Center");
        PdfPCell panel = cell(quote);
        assertThat(panel.getBorder()).isEqualTo(Rectangle.LEFT);
        assertThat(panel.getBorderWidthLeft()).isEqualTo(3f);
        assertThat(panel.getBorderColorLeft()).isEqualTo(Typography.ACCENT);
        assertThat(panel.getBackgroundColor()).isEqualTo(Typography.QUIET_PAPER);
    }

    @Test
    void aQuoteOfAnExpertWithoutRoleOrOrganisationHasNoAffiliationLine() throws ExportException {
        PdfPTable quote = set.quote("Keep moving.", new Expert("a", "Ann Lee", null, " ", null));

        assertThat(contents(quote)).extracting(element -> only((Paragraph) element).getContent())
                .containsExactly("\u201CKeep moving.\u201D", "\u2014 Ann Lee");
    }

    @Test
    void theAffiliationJoinsWhatIsGivenStripped() {
        assertThat(Typesetter.affiliation(new Expert("a", "A", null, " Surgeon ", " Clinic "))).isEqualTo(
                "Surgeon, Clinic");
        assertThat(Typesetter.affiliation(new Expert("a", "A", null, "Surgeon", ""))).isEqualTo("Surgeon");
        assertThat(Typesetter.affiliation(new Expert("a", "A", null, null, "Clinic"))).isEqualTo("Clinic");
        assertThat(Typesetter.affiliation(new Expert("a", "A", null, "  ", null))).isEmpty();
    }

    @Test
    void aWarningIsAFramedRedBoxAndANoticeAQuietOne() throws ExportException {
        PdfPCell warning = cell(set.warning("See a doctor if", List.of("Numbness spreads.")));
        PdfPCell notice = cell(set.notice("Note:", "This is not advice."));

        assertThat(warning.getBorder()).isEqualTo(Rectangle.BOX);
        assertThat(warning.getBorderWidthTop()).isEqualTo(1.5f);
        assertThat(warning.getBorderColorTop()).isEqualTo(Typography.WARNING);
        assertThat(warning.getBackgroundColor()).isEqualTo(Typography.WARNING_PAPER);
        assertThat(notice.getBorderColorTop()).isEqualTo(Typography.MUTED);
        assertThat(notice.getBackgroundColor()).isEqualTo(Typography.QUIET_PAPER);
        assertThat(chunks((Paragraph) notice.getCompositeElements().getFirst())).extracting(Chunk::getContent)
                .containsExactly("Note: ", "This is not advice.");
    }

    @Test
    void aWritingSpaceIsAsTallAsAsked() throws ExportException {
        PdfPCell space = cell(set.writingSpace("Your clinic", 96));

        assertThat(space.getMinimumHeight()).isEqualTo(96f);
        assertThat(space.getBackgroundColor()).isEqualTo(Color.WHITE);
    }

    @Test
    void aFieldWithAValuePrintsItAndWithoutOneALineToWriteOnToSixTenthsOfThePage() throws ExportException {
        assertThat(chunks(set.field("Patient", "Ada Lovelace"))).extracting(Chunk::getContent)
                .containsExactly("Patient: ", "Ada Lovelace");

        for (String empty : new String[] {null, "  "}) {
            List<Chunk> chunks = chunks(set.field("Patient", empty));
            Chunk line = chunks.get(1);
            float space = TYPE.body.getBaseFont().getWidthPoint('\u00A0', TYPE.body.getSize());
            float room = PageSize.A4.getWidth() * 0.62f
                    - TYPE.label.getBaseFont().getWidthPoint("Patient: ", TYPE.label.getSize());
            assertThat(line.getContent()).matches("\u00A0+");
            assertThat(line.getContent().length() * space).isBetween(room - space, room);
            assertThat(line.getChunkAttributes()).containsKey(Chunk.UNDERLINE);
        }
    }

    @Test
    void aLabelTooWideForTheLineStillGetsTenSpacesToWriteIn() throws ExportException {
        Chunk line = chunks(set.field("W".repeat(60), null)).get(1);

        assertThat(line.getContent()).isEqualTo("\u00A0".repeat(10));
    }

    @Test
    void aFigureHoldsThePictureAndPrintsCaptionCreditAndLicenceUnderIt() throws Exception {
        Path png = picture("cat-cow.png");

        List<Element> full = contents(set.figure(new dev.rehabdoc.model.Image(png, null, "Round your back.",
                " Jane Doe ", "CC BY 4.0")));
        // A cell holds a picture in a table of its own.
        Image image = cell((PdfPTable) full.getFirst()).getImage();
        FigureBox box = FigureBox.of(PageSize.A4.getWidth(), false);
        assertThat(image.getBorder()).isEqualTo(Rectangle.BOX);
        assertThat(image.getScaledWidth() / image.getScaledHeight()).isCloseTo(40f / 30f, within(0.01f));
        assertThat(Math.max(image.getScaledWidth() / box.width(), image.getScaledHeight() / box.height()))
                .isCloseTo(1f, within(0.001f));
        assertThat(full.subList(1, full.size())).extracting(element -> only((Paragraph) element).getContent())
                .containsExactly("Round your back.", "Image: Jane Doe. Licence: CC BY 4.0");

        // The alt text is not printed: a figure with an alt text only is the picture alone.
        assertThat(contents(set.figure(new dev.rehabdoc.model.Image(png, "A back rounded", " ", null, "CC0")))
                .subList(1, 2)).extracting(element -> only((Paragraph) element).getContent())
                .containsExactly("Licence: CC0");
        assertThat(contents(set.figure(new dev.rehabdoc.model.Image(png, "A back rounded", null, "Jane Doe", " "))))
                .hasSize(2);
        assertThat(contents(set.figure(new dev.rehabdoc.model.Image(png, "A back rounded", null, null, null))))
                .hasSize(1);
    }

    @Test
    void aPictureWithNeitherAltTextNorCaptionIsRefused() throws Exception {
        Path png = picture("cat-cow.png");

        assertThatThrownBy(() -> set.figure(new dev.rehabdoc.model.Image(png, " ", "", "Jane Doe", null)))
                .isInstanceOf(ExportException.class)
                .hasMessage("the picture cat-cow.png has neither an alt text nor a caption; a handout needs words "
                        + "for each picture, which a screen reader says in its place");
    }

    @Test
    void elementsKeptTogetherSitInOneBorderlessCellWithoutPadding() throws ExportException {
        Paragraph text = set.text("x");
        PdfPTable table = set.together(List.of(text));
        PdfPCell cell = cell(table);

        assertThat(table.getKeepTogether()).isTrue();
        assertThat(table.getWidthPercentage()).isEqualTo(100f);
        assertThat(cell.getBorder()).isEqualTo(Rectangle.NO_BORDER);
        assertThat(cell.getPaddingLeft()).isZero();
        assertThat(cell.getPaddingTop()).isZero();
        assertThat(contents(table)).containsExactly(text);
    }

    private static String destination(Paragraph paragraph) {
        return (String) only(paragraph).getChunkAttributes().get(Chunk.LOCALDESTINATION);
    }

    private static Chunk only(Phrase phrase) {
        List<Chunk> chunks = chunks(phrase);
        assertThat(chunks).hasSize(1);
        return chunks.getFirst();
    }

    /** As an Object: a Font is a raw Comparable, which assertThat would take unchecked. */
    private static Object font(Paragraph paragraph) {
        return only(paragraph).getFont();
    }

    private static List<Chunk> chunks(Phrase phrase) {
        return phrase.getChunks().stream().map(Chunk.class::cast).toList();
    }

    private static PdfPCell cell(PdfPTable table) {
        assertThat(table.getRows()).hasSize(1);
        return table.getRow(0).getCells()[0];
    }

    @SuppressWarnings("unchecked")
    private static List<Element> contents(PdfPTable table) {
        return (List<Element>) cell(table).getCompositeElements();
    }

    private static List<String> items(org.openpdf.text.List list) {
        return list.getItems().stream().map(item -> only((ListItem) item).getContent()).toList();
    }

    private static Path picture(String name) throws IOException {
        Path file = pictures.resolve(name);
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0xFF0000);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
