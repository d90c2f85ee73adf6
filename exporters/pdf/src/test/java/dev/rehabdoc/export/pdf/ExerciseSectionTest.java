package dev.rehabdoc.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehabdoc.export.ExportOptions;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Condition;
import dev.rehabdoc.model.Exercise;
import dev.rehabdoc.testing.SyntheticCatalogs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExerciseSectionTest {

    @Test
    void everyExerciseHeadingSharesItsPageWithItsFirstStep(@TempDir Path out) throws Exception {
        Catalog seed = Handouts.seed();
        Catalog synthetic = SyntheticCatalogs.generate(30, 11);
        for (ExportOptions options : List.of(Handouts.OPTIONS, Handouts.OPTIONS.withLargePrint(true))) {
            Path directory = out.resolve(options.handouts().largePrint() ? "large" : "normal");
            Handouts.export(seed, options, directory.resolve("seed"));
            Handouts.export(synthetic, options, directory.resolve("synthetic"));
            for (Condition condition : seed.conditions()) {
                assertHeadingsWithFirstSteps(directory.resolve("seed").resolve(condition.id() + ".pdf"),
                        seed.exercisesOf(condition));
            }
            for (Condition condition : synthetic.conditions()) {
                assertHeadingsWithFirstSteps(directory.resolve("synthetic").resolve(condition.id() + ".pdf"),
                        synthetic.exercisesOf(condition));
            }
        }
    }

    private static void assertHeadingsWithFirstSteps(Path pdf, List<Exercise> exercises) throws IOException {
        List<String> pages = Handouts.pages(pdf);
        for (int i = 0; i < exercises.size(); i++) {
            String heading = (i + 1) + ". " + exercises.get(i).name();
            String firstStep = Handouts.flat(exercises.get(i).steps().getFirst().text());
            List<String> withHeading = pages.stream().filter(page -> page.contains(heading)).toList();
            assertThat(withHeading).as("pages of %s in %s", heading, pdf.getFileName()).hasSize(1);
            assertThat(withHeading.getFirst()).as("page of %s in %s", heading, pdf.getFileName()).contains(firstStep);
        }
    }
}
