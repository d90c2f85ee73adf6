package dev.rehabdoc.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehabdoc.data.EmbeddedContent;
import dev.rehabdoc.load.LoadResult;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Dose;
import dev.rehabdoc.model.Exercise;
import dev.rehabdoc.model.ExerciseKind;
import dev.rehabdoc.model.GlossaryTerm;
import dev.rehabdoc.model.Image;
import dev.rehabdoc.model.Step;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentCheckTest {

    @Test
    void tellsActionsFromDescriptions() {
        assertThat(ContentCheck.isAction("Keep knees bent slightly.")).isTrue();
        assertThat(ContentCheck.isAction("On hands and knees, spread knees wide but keep big toes touching.")).isTrue();
        assertThat(ContentCheck.isAction("Back is flat like a table.")).isFalse();
        assertThat(ContentCheck.isAction("Knees are hip distance apart.")).isFalse();
        assertThat(ContentCheck.isAction("Your back should stay flat.")).isFalse();
        assertThat(ContentCheck.isAction("The knees bend.")).isFalse();
    }

    @Test
    void reportsTheSeedsShortcomingsAndItsGrades() {
        Catalog seed = ((LoadResult.Loaded) EmbeddedContent.load()).catalog();

        CheckReport report = ContentCheck.check(seed);

        assertThat(report.scores()).hasSize(2 + 8 * 2);
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("step-not-action"))
                .extracting(Finding::pointer).containsExactly("/exercises/5/steps/1", "/exercises/6/steps/1");
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("no-dose")).hasSize(7);
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("undefined-term"))
                .allSatisfy(f -> assertThat(f.message()).doesNotContain("'radiculopathy'", "'sciatica'", "'lumbar'"));
    }

    @Test
    void flagsUndefinedTermsImagesWithoutCaptionOrLicenceAndLongPassiveSentences() {
        Exercise exercise = new Exercise("e", "E", ExerciseKind.STRETCH,
                "Stenosis is treated when symptoms of the lumbar spine are made worse by standing for a long time in "
                        + "the same position without a break of any kind at all.",
                List.of(new Step("Stretch.")), Dose.NONE, null, null,
                List.of(new Image(Path.of("/pictures/e.png"), null, null, null, null)), null, null);
        Catalog catalog = new Catalog(null, null, null, null, List.of(exercise), null,
                List.of(new GlossaryTerm("Lumbar", "Of the lower back.")));

        List<String> rules = ContentCheck.check(catalog).findings().stream().map(Finding::rule).toList();

        assertThat(rules).containsExactly("long-sentence", "passive-voice", "passive-voice", "no-dose",
                "image-alt", "image-caption", "image-licence", "undefined-term");
        assertThat(ContentCheck.check(catalog).findings().getLast().message()).contains("'stenosis'");
        assertThat(ContentCheck.check(catalog).findings()).filteredOn(f -> f.rule().equals("image-alt"))
                .singleElement().extracting(Finding::message).isEqualTo("the image e.png has neither an alt text "
                        + "nor a caption: a screen reader has nothing to say in its place, so validate refuses it (an "
                        + "accessible handout, PDF/UA, needs words for every picture)");
    }

    @Test
    void anImageWithACaptionButNoAltTextIsReadByItsCaption() {
        Exercise exercise = new Exercise("e", "E", ExerciseKind.STRETCH, null, List.of(new Step("Stretch.")),
                new Dose(1, 10, null, null, null), null, null,
                List.of(new Image(Path.of("/pictures/e.png"), null, "Cat pose", null, "CC0"),
                        new Image(Path.of("/pictures/f.png"), "A person on hands and knees", null, null, "CC0")),
                null, null);
        Catalog catalog = new Catalog(null, null, null, null, List.of(exercise), null);

        List<Finding> findings = ContentCheck.check(catalog).findings();

        assertThat(findings).extracting(Finding::rule).containsExactly("image-alt", "image-caption");
        assertThat(findings.getFirst().message()).isEqualTo("the image e.png has no alt text: a screen reader says "
                + "its caption instead (\"Cat pose\"); an alt can describe the position and movement it shows");
        assertThat(findings.getFirst().pointer()).isEqualTo("/exercises/0/images/0");
    }

    @Test
    void warnsAboutTheRetiredLowBackPainCode() {
        var condition = new dev.rehabdoc.model.Condition("back", "Back", null, "Rest.", null, null, null, null, null,
                null, null, null, List.of(new dev.rehabdoc.model.Code("ICD-10-CM", "M54.5")));
        Catalog catalog = new Catalog(null, null, null, List.of(condition), null, null);

        assertThat(ContentCheck.check(catalog).findings()).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("retired-code");
            assertThat(finding.pointer()).isEqualTo("/conditions/0/codes/0/code");
            assertThat(finding.message()).contains("M54.50");
        });
    }
}
