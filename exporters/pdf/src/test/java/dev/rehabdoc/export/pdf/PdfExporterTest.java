package dev.rehabdoc.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehabdoc.export.ExportException;
import dev.rehabdoc.export.Exporter;
import dev.rehabdoc.export.Exporters;
import dev.rehabdoc.export.PageSize;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Condition;
import dev.rehabdoc.model.Exercise;
import dev.rehabdoc.model.Program;
import dev.rehabdoc.model.ProgramExercise;
import dev.rehabdoc.model.Quote;
import dev.rehabdoc.model.Step;
import dev.rehabdoc.testing.SyntheticCatalogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfExporterTest {
    private static final Catalog SEED = Handouts.seed();
    @TempDir
    static Path exported;
    private static Path directory;

    @BeforeAll
    static void exportSeed() throws ExportException {
        directory = exported.resolve("normal");
        Handouts.export(SEED, Handouts.OPTIONS, directory);
    }

    @Test
    void isDiscoveredAsThePdfFormat() {
        assertThat(Exporters.discover().find("pdf")).get().isInstanceOf(PdfExporter.class);
    }

    @Test
    void writesOneHandoutPerConditionAndPerProgram() throws IOException {
        try (var files = Files.list(directory)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder(
                    "cervical-radiculopathy.pdf", "lumbar-radiculopathy.pdf",
                    "program-cervical-template.pdf", "program-lumbar-template.pdf");
        }
    }

    @Test
    void conditionHandoutHasEveryStepAndQuoteInOrder() throws IOException {
        for (Condition condition : SEED.conditions()) {
            String text = Handouts.text(directory.resolve(condition.id() + ".pdf"));
            List<String> expected = new ArrayList<>();
            expected.add(condition.name());
            expected.add(condition.summary());
            condition.quotes().stream().map(Quote::text).forEach(expected::add);
            for (Exercise exercise : SEED.exercisesOf(condition)) {
                expected.add(exercise.name());
                exercise.steps().stream().map(Step::text).forEach(expected::add);
                exercise.quotes().stream().map(Quote::text).forEach(expected::add);
            }
            expected.add("Kaliq Chang, MD");
            expected.add("20 July 2021");
            expected.add("Peer reviewed");
            expected.add("does not replace advice");
            assertInOrder(text, expected);
            assertThat(text).contains("See a doctor if", "Symptoms are long-lasting and severely impact your days",
                    "Interventional pain management specialist, board-certified in anesthesiology, Atlantic Spine Center",
                    "Yoga for Scoliosis: Reap the Benefits");
        }
    }

    @Test
    void everyPageSaysWhichPageOfHowMany() throws IOException {
        try (PDDocument document = Loader.loadPDF(directory.resolve("lumbar-radiculopathy.pdf").toFile())) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(Handouts.flat(stripper.getText(document))).contains("Page " + page + " of " + pages);
            }
        }
    }

    @Test
    void outlineHasSectionsWithTheExercisesUnderTheirSection() throws IOException {
        try (PDDocument document = Loader.loadPDF(directory.resolve("cervical-radiculopathy.pdf").toFile())) {
            List<String> sections = new ArrayList<>();
            List<String> exercises = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                sections.add(item.getTitle());
                if (item.getTitle().equals("Exercises")) {
                    item.children().forEach(child -> exercises.add(child.getTitle()));
                }
                assertThat(item.findDestinationPage(document)).as("target of %s", item.getTitle()).isNotNull();
            }
            assertThat(sections).containsExactly("Pinched nerve in the neck", "About this condition", "Symptoms",
                    "What makes it more likely", "What helps", "What to avoid", "See a doctor if",
                    "What the experts say", "Exercises", "About this handout");
            assertThat(exercises).containsExactly("1. Walking in a pool", "2. Swimming and aquatic exercise",
                    "3. Cat/Cow Pose", "4. Tai Chi");
        }
    }

    @Test
    void metadataNamesTitleAuthorsSubjectKeywordsLanguageAndDate() throws IOException {
        try (PDDocument document = Loader.loadPDF(directory.resolve("lumbar-radiculopathy.pdf").toFile())) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Pinched nerve in the lower back: exercises and advice");
            assertThat(info.getAuthor()).isEqualTo("Kaliq Chang, MD; Siddharth Tambar, MD");
            assertThat(info.getSubject()).contains("lumbar radiculopathy");
            assertThat(info.getKeywords()).contains("Lumbar radiculopathy", "M54.16", "Child’s Pose");
            Calendar created = info.getCreationDate();
            created.setTimeZone(TimeZone.getTimeZone("UTC"));
            assertThat(created.toInstant()).isEqualTo(Handouts.OPTIONS.timestamp());
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(document.getDocumentCatalog().getMetadata()).isNotNull();
        }
    }

    @Test
    void everyFontIsEmbeddedLiberation() throws IOException {
        for (Path pdf : List.of(directory.resolve("cervical-radiculopathy.pdf"),
                directory.resolve("program-lumbar-template.pdf"))) {
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                List<FontsUsed.Font> fonts = FontsUsed.in(document);
                assertThat(fonts).isNotEmpty();
                assertThat(fonts).allSatisfy(font -> {
                    assertThat(font.embedded()).as("%s embedded", font.name()).isTrue();
                    assertThat(font.name()).contains("Liberation");
                });
            }
        }
    }

    @Test
    void templateProgramLeavesLinesForThePatientAndPrintsDoseAndNotes() throws IOException {
        Program program = SEED.programs().getFirst();
        String text = Handouts.text(directory.resolve("program-" + program.id() + ".pdf"));
        assertThat(text).contains(program.title(), "Patient:", "Clinician:", "Start date:", "6 weeks",
                "3 sessions a week", "Clinic contact details", "See a doctor if", "does not replace advice");
        List<String> expected = new ArrayList<>();
        for (ProgramExercise prescribed : program.exercises()) {
            Exercise exercise = SEED.exercise(prescribed.exercise());
            expected.add(exercise.name());
            expected.add(prescribed.notes());
            exercise.steps().stream().map(Step::text).forEach(expected::add);
        }
        assertInOrder(text, expected);
        assertThat(text).contains("5 repetitions");
    }

    @Test
    void personalProgramNamesThePatientAndPrintsTheProgramsDose(@TempDir Path out) throws Exception {
        Catalog catalog = SyntheticCatalogs.generate(10, 7);
        Program program = catalog.programs().getFirst();
        assertThat(program.isTemplate()).isFalse();
        Handouts.export(catalog, Handouts.OPTIONS, out);
        String text = Handouts.text(out.resolve("program-" + program.id() + ".pdf"));
        assertThat(text).contains("Patient: " + program.patient(), "Clinician: " + program.clinician(),
                "Monday 5 January 2026", "12 weeks");
        for (ProgramExercise prescribed : program.exercises()) {
            String dose = catalog.doseOf(prescribed).describe();
            assertThat(text).contains(Character.toUpperCase(dose.charAt(0)) + dose.substring(1) + ".");
        }
    }

    @Test
    void theSameCatalogAndOptionsGiveTheSameBytes(@TempDir Path again) throws Exception {
        for (Path first : Handouts.export(SEED, Handouts.OPTIONS, again)) {
            assertThat(first).hasSameBinaryContentAs(directory.resolve(first.getFileName()));
        }
    }

    @Test
    void letterPaperGivesLetterPages(@TempDir Path out) throws Exception {
        Handouts.export(SEED, Handouts.OPTIONS.withPageSize(PageSize.LETTER), out);
        try (PDDocument document = Loader.loadPDF(out.resolve("cervical-radiculopathy.pdf").toFile())) {
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isEqualTo(612f);
                assertThat(page.getMediaBox().getHeight()).isEqualTo(792f);
            }
        }
    }

    @Test
    void aCharacterTheFontLacksIsAnErrorNamingTextAndCharacter(@TempDir Path out) {
        Catalog seed = SEED;
        Exercise walking = seed.exercise("walking");
        Exercise ticked = new Exercise(walking.id(), walking.name(), walking.kind(), walking.summary(),
                List.of(new Step("Walk slowly \u2713 and see how it feels.")), walking.dose(), walking.cautions(),
                walking.tags(), walking.images(), walking.quotes(), walking.evidence());
        List<Exercise> exercises = seed.exercises().stream().map(e -> e.id().equals("walking") ? ticked : e).toList();
        Catalog catalog = new Catalog(seed.publication().orElseThrow(), seed.experts(), seed.riskFactors(),
                seed.conditions(), exercises, seed.programs());

        assertThatThrownBy(() -> Handouts.export(catalog, Handouts.OPTIONS, out))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("Walk slowly \u2713 and see how it feels.")
                .hasMessageContaining("U+2713");
        assertThat(out.resolve("lumbar-radiculopathy.pdf")).doesNotExist();
    }

    static void assertInOrder(String text, List<String> expected) {
        int from = 0;
        for (String part : expected) {
            int at = text.indexOf(Handouts.flat(part), from);
            assertThat(at).as("'%s' after position %d", part, from).isGreaterThanOrEqualTo(0);
            from = at + part.length();
        }
    }
}
