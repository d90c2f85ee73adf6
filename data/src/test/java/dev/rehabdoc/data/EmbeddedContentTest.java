package dev.rehabdoc.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehabdoc.load.LoadResult;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Condition;
import dev.rehabdoc.model.Exercise;
import dev.rehabdoc.model.ExerciseKind;
import dev.rehabdoc.model.Quote;
import dev.rehabdoc.model.Step;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Proves the embedded content is the whole article, word for word where the article quotes or instructs. */
class EmbeddedContentTest {
    private static String article;
    private static Catalog catalog;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = EmbeddedContentTest.class.getResourceAsStream("article.txt")) {
            article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        LoadResult result = EmbeddedContent.load();
        assertThat(result).as("the embedded content is valid").isInstanceOf(LoadResult.Loaded.class);
        catalog = ((LoadResult.Loaded) result).catalog();
    }

    @Test
    void everyQuotedPassageOfTheArticleIsAQuoteAttributedToTheExpertWhoSaidIt() {
        Matcher quoted = Pattern.compile("“([^”]+)”").matcher(article);
        List<String> passages = new ArrayList<>();
        while (quoted.find()) {
            passages.add(quoted.group(1));
        }
        // The scraped article lost the opening quote mark of one passage: "...back pain.Tai chi is ... deliberate,”".
        passages.add("Tai chi is a great activity for spine stability and core strength as the movements are slow "
                + "and deliberate,");
        assertThat(passages).hasSizeGreaterThanOrEqualTo(11);

        List<Quote> quotes = allQuotes();
        for (String passage : passages) {
            assertThat(quotes).as("quote %s", passage).anySatisfy(quote -> assertThat(quote.text()).isEqualTo(passage));
        }
        assertThat(quotes).allSatisfy(quote -> assertThat(article).contains(quote.text()));
    }

    @Test
    void quotesAreAttributedAsTheArticleAttributesThem() {
        assertThat(expertOf("Walking is always good")).isEqualTo("kaliq-chang");
        assertThat(expertOf("Many people feel pinched nerve symptoms")).isEqualTo("kaliq-chang");
        assertThat(expertOf("Tai chi is a great activity")).isEqualTo("kaliq-chang");
        assertThat(expertOf("Anything that helps to strengthen")).isEqualTo("siddharth-tambar");
        assertThat(expertOf("Exercise as a first-line option")).isEqualTo("siddharth-tambar");
        assertThat(expertOf("It really depends on the individual person")).isEqualTo("siddharth-tambar");
    }

    @Test
    void theExpertsCarryTheirCredentialsAndOrganisations() {
        assertThat(catalog.expert("kaliq-chang").byline()).isEqualTo("Kaliq Chang, MD");
        assertThat(catalog.expert("kaliq-chang").organization()).isEqualTo("Atlantic Spine Center");
        assertThat(catalog.expert("kaliq-chang").role()).contains("pain management").contains("anesthesiology");
        assertThat(catalog.expert("siddharth-tambar").byline()).isEqualTo("Siddharth Tambar, MD");
        assertThat(catalog.expert("siddharth-tambar").organization())
                .isEqualTo("Chicago Arthritis and Regenerative Medicine");
        assertThat(catalog.expert("siddharth-tambar").role()).containsIgnoringCase("rheumatologist");
    }

    @Test
    void allNineRiskFactorsAreListedAndLinkedFromBothConditions() {
        List<String> bullets = Stream.of("Obesity", "Pregnancy", "Diabetes", "Family history", "Repetitive motion",
                "Injury", "Poor posture", "Lifting or twisting wrong",
                "Keeping your body in a certain position for a long time").toList();
        bullets.forEach(bullet -> assertThat(article).contains("• " + bullet));
        assertThat(catalog.riskFactors()).extracting(r -> r.name()).containsExactlyElementsOf(bullets);
        for (Condition condition : catalog.conditions()) {
            assertThat(catalog.riskFactorsOf(condition)).hasSize(9);
        }
    }

    @Test
    void everyInstructionOfTheThreeYogaPosesIsAStepInTheArticlesOrder() {
        assertStepsFollowTheArticle("childs-pose", "Child’s Pose: ", "Exhale deeply. Don’t strain");
        assertStepsFollowTheArticle("downward-facing-dog", "relief from sciatica.", "several times.");
        assertStepsFollowTheArticle("cat-cow", "lower back. ", "up to five times.");
    }

    @Test
    void theConditionsCarrySymptomsRegionsAdviceAndCodes() {
        Condition neck = catalog.condition("cervical-radiculopathy");
        Condition back = catalog.condition("lumbar-radiculopathy");
        assertThat(neck.clinicalName()).isEqualTo("Cervical radiculopathy");
        assertThat(back.clinicalName()).isEqualTo("Lumbar radiculopathy");
        for (Condition condition : List.of(neck, back)) {
            assertThat(condition.symptoms()).containsExactly("Pain", "Tingling", "Numbness", "Weakness");
            assertThat(condition.avoid()).contains("Heavy lifting", "Twisting", "Compromising positions");
            assertThat(condition.seeADoctorIf()).isNotEmpty();
            assertThat(condition.advice()).anySatisfy(advice -> assertThat(advice).containsIgnoringCase("flare-up"));
        }
        assertThat(neck.bodyRegions()).containsExactly("arms", "hands");
        assertThat(back.bodyRegions()).containsExactly("back", "buttocks", "upper legs");
        assertThat(back.summary()).contains("sciatica");
        assertThat(neck.codes()).extracting(c -> c.code()).containsExactly("M54.12");
        assertThat(back.codes()).extracting(c -> c.code()).containsExactly("M54.16");
    }

    @Test
    void everyExerciseTheArticleNamesIsThereWithItsKind() {
        assertThat(catalog.exercises()).extracting(Exercise::id, Exercise::kind).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("strengthening", ExerciseKind.STRENGTH),
                org.assertj.core.groups.Tuple.tuple("walking", ExerciseKind.AEROBIC),
                org.assertj.core.groups.Tuple.tuple("pool-walking", ExerciseKind.AQUATIC),
                org.assertj.core.groups.Tuple.tuple("swimming", ExerciseKind.AQUATIC),
                org.assertj.core.groups.Tuple.tuple("childs-pose", ExerciseKind.YOGA),
                org.assertj.core.groups.Tuple.tuple("downward-facing-dog", ExerciseKind.YOGA),
                org.assertj.core.groups.Tuple.tuple("cat-cow", ExerciseKind.YOGA),
                org.assertj.core.groups.Tuple.tuple("tai-chi", ExerciseKind.MIND_BODY));
        assertThat(catalog.exercise("strengthening").summary()).contains("lower back, abdominals, and hips");
        assertThat(catalog.exercise("tai-chi").evidence()).singleElement().satisfies(evidence -> {
            assertThat(evidence.claim()).isEqualTo("Tai chi significantly improved lower back pain");
            assertThat(evidence.source()).isEqualTo("A study in the journal Medicine");
        });
        assertThat(catalog.exercises()).filteredOn(e -> !e.id().equals("cat-cow"))
                .as("no dose is invented where the article gives none")
                .allSatisfy(e -> assertThat(e.dose().isEmpty()).isTrue());
    }

    @Test
    void thePublicationIsPeerReviewedUpdatedAndLinksItsRelatedArticle() {
        var publication = catalog.publication().orElseThrow();
        assertThat(publication.title()).isEqualTo("The Best Exercises for a Pinched Nerve in the Neck or Lower Back");
        assertThat(publication.peerReviewed()).isTrue();
        assertThat(publication.updated()).isEqualTo(LocalDate.of(2021, 7, 20));
        assertThat(publication.experts()).containsExactly("kaliq-chang", "siddharth-tambar");
        assertThat(publication.related()).singleElement()
                .satisfies(related -> assertThat(related.title()).isEqualTo("Yoga for Scoliosis: Reap the Benefits"));
    }

    @Test
    void eachConditionHasATemplateProgramOfExercisesItRecommends() {
        for (Condition condition : catalog.conditions()) {
            var programs = catalog.programs().stream().filter(p -> p.condition().equals(condition.id())).toList();
            assertThat(programs).singleElement().satisfies(program -> {
                assertThat(program.isTemplate()).isTrue();
                assertThat(program.exercises()).allSatisfy(
                        prescribed -> assertThat(condition.exercises()).contains(prescribed.exercise()));
            });
        }
    }

    private static void assertStepsFollowTheArticle(String exerciseId, String after, String end) {
        int from = article.indexOf(after) + after.length();
        int to = article.indexOf(end, from) + end.length();
        String instructions = article.substring(from, to).strip();
        String joined = catalog.exercise(exerciseId).steps().stream().map(Step::text)
                .reduce((a, b) -> a + " " + b).orElseThrow();
        assertThat(normalise(joined)).startsWith(normalise(instructions));
    }

    private static String normalise(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static String expertOf(String quoteStart) {
        return allQuotes().stream().filter(q -> q.text().startsWith(quoteStart)).map(Quote::expert).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starts with " + quoteStart));
    }

    private static List<Quote> allQuotes() {
        List<Quote> quotes = new ArrayList<>();
        catalog.conditions().forEach(c -> quotes.addAll(c.quotes()));
        catalog.exercises().forEach(e -> quotes.addAll(e.quotes()));
        return quotes;
    }
}
