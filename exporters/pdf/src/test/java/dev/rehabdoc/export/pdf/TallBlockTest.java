package dev.rehabdoc.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.rehabdoc.export.ExportOptions;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Condition;
import dev.rehabdoc.model.Evidence;
import dev.rehabdoc.model.Exercise;
import dev.rehabdoc.model.Expert;
import dev.rehabdoc.model.Image;
import dev.rehabdoc.model.Program;
import dev.rehabdoc.model.ProgramExercise;
import dev.rehabdoc.model.Publication;
import dev.rehabdoc.model.Quote;
import dev.rehabdoc.model.RiskFactor;
import dev.rehabdoc.model.Step;
import dev.rehabdoc.testing.CatalogsAtLimits;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Handouts of texts at their limits, in blocks too tall for a page (an exercise's opening with its steps, the boxed
 * "See a doctor if", quotes, the colophon), print every word of them, in time linear in their length.
 */
class TallBlockTest {
    /**
     * A hang guard, not a performance test: the handouts below take a few seconds, and took minutes while OpenPDF
     * laid out the rest of a block again on every page it filled.
     */
    private static final Duration HANG_GUARD = Duration.ofSeconds(120);

    @Test
    void handoutsOfEveryTextAtItsLimitPrintAllOfIt(@TempDir Path out) throws Exception {
        Catalog catalog = CatalogsAtLimits.generate(2, 2, out.resolve("images"));
        Condition condition = catalog.conditions().getFirst();
        Program program = catalog.programs().getFirst();

        for (ExportOptions options : List.of(Handouts.OPTIONS, Handouts.OPTIONS.withLargePrint(true))) {
            Path directory = out.resolve(options.handouts().largePrint() ? "large" : "normal");
            assertTimeoutPreemptively(HANG_GUARD, () -> Handouts.export(catalog, options, directory));

            assertPrintedInOrder(directory.resolve(condition.id() + ".pdf"), conditionTexts(catalog, condition));
            assertPrintedInOrder(directory.resolve("program-" + program.id() + ".pdf"), programTexts(catalog, program));
        }
    }

    /**
     * One block of 10 million characters, some 2,600 pages: OpenPDF laid out the rest of it again on every page, which
     * took minutes. The pages are read only where the block starts and where it ends (with what follows); the test above reads every page.
     */
    @Test
    void anExerciseOfHundredsOfStepsAtTheirLimitIsPrintedFromItsHeadingToItsLastStep(@TempDir Path out)
            throws Exception {
        Catalog limits = CatalogsAtLimits.generate(1, 1_000, null);
        Exercise exercise = limits.exercises().getFirst();
        Condition condition = new Condition("back", "Back pain", null, "About the back.", null, null, null,
                List.of(exercise.id()), null, null, null, null, null);
        Catalog catalog = new Catalog(null, limits.experts(), List.of(), List.of(condition), List.of(exercise),
                List.of());

        assertTimeoutPreemptively(HANG_GUARD, () -> Handouts.export(catalog, Handouts.OPTIONS, out));

        Path pdf = out.resolve(condition.id() + ".pdf");
        int pages = Handouts.pageCount(pdf);
        String heading = "1. " + exercise.name().substring(0, 40);
        List<String> opening = Handouts.pages(pdf, 1, 8).stream().filter(page -> page.contains(heading))
                .toList();
        assertThat(opening).as("the page with the heading").singleElement().asString()
                .contains(exercise.summary().substring(0, 40));
        List<Step> steps = exercise.steps();
        assertThat(Handouts.letters(pdf, pages - 30, pages)).contains(Handouts.letters(steps.get(steps.size() - 2)
                .text() + steps.getLast().text() + "How much:"));
        assertThat(pages).isGreaterThan(2 * steps.size());
    }

    /**
     * A boxed "See a doctor if" taller than a page starts under the summary, where it stands, instead of leaving the
     * rest of the first page empty: it breaks between pages wherever it starts.
     */
    @Test
    void aBlockTallerThanAPageStartsWhereItStandsRatherThanOnANewPage(@TempDir Path out) throws Exception {
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            warnings.add(("Warning " + (i + 1) + " says to call a doctor when the pain spreads. ").repeat(40).strip());
        }
        Condition condition = new Condition("back", "Back pain", null, "About the back.", null, null, null, null,
                null, warnings, null, null, null);
        Catalog catalog = new Catalog(null, List.of(), List.of(), List.of(condition), List.of(), List.of());

        assertTimeoutPreemptively(HANG_GUARD, () -> Handouts.export(catalog, Handouts.OPTIONS, out));

        Path pdf = out.resolve("back.pdf");
        assertThat(Handouts.pages(pdf, 1, 1).getFirst()).contains("About the back.", "See a doctor if",
                "Warning 1 says");
        assertPrintedInOrder(pdf, warnings);
    }

    /** Asserts that each text is in the handout whole, one after the other. */
    private static void assertPrintedInOrder(Path pdf, List<String> texts) throws IOException {
        String printed = Handouts.letters(pdf);
        int from = 0;
        for (String text : texts) {
            String letters = Handouts.letters(text);
            int at = printed.indexOf(letters, from);
            assertThat(at).as("'%s' whole, after character %d of %s", text, from, pdf.getFileName())
                    .isNotNegative();
            from = at + letters.length();
        }
    }

    private static List<String> conditionTexts(Catalog catalog, Condition condition) {
        List<String> texts = new ArrayList<>(List.of(condition.name(), condition.clinicalName(), condition.summary()));
        texts.addAll(condition.symptoms());
        texts.add(String.join(", ", condition.bodyRegions()));
        for (RiskFactor risk : catalog.riskFactorsOf(condition)) {
            texts.add(risk.name() + ": " + risk.description());
        }
        texts.addAll(condition.advice());
        texts.addAll(condition.avoid());
        texts.addAll(condition.seeADoctorIf());
        condition.quotes().stream().map(Quote::text).forEach(texts::add);
        for (Exercise exercise : catalog.exercisesOf(condition)) {
            texts.add(exercise.name());
            texts.add(exercise.summary());
            exercise.steps().stream().map(Step::text).forEach(texts::add);
            texts.addAll(exercise.cautions());
            for (Image image : exercise.images()) {
                texts.add(image.caption());
                texts.add("Image: " + image.credit() + ". Licence: " + image.licence());
            }
            exercise.quotes().stream().map(Quote::text).forEach(texts::add);
            for (Evidence evidence : exercise.evidence()) {
                texts.add(evidence.claim() + " (" + evidence.source() + ")");
            }
        }
        Publication publication = catalog.publication().orElseThrow();
        for (String id : publication.experts()) {
            Expert expert = catalog.expert(id);
            texts.add(expert.byline() + " (" + Typesetter.affiliation(expert) + ")");
        }
        texts.add(publication.title());
        publication.related().forEach(related -> texts.add(related.title() + ": " + related.summary()));
        return texts;
    }

    private static List<String> programTexts(Catalog catalog, Program program) {
        List<String> texts = new ArrayList<>(List.of(program.title(), program.patient(), program.clinician()));
        for (ProgramExercise prescribed : program.exercises()) {
            Exercise exercise = catalog.exercise(prescribed.exercise());
            texts.add(exercise.name());
            texts.add(prescribed.notes());
            exercise.steps().stream().map(Step::text).forEach(texts::add);
        }
        texts.addAll(catalog.condition(program.condition()).seeADoctorIf());
        return texts;
    }
}
