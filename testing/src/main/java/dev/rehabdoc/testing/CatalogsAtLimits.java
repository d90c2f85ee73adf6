package dev.rehabdoc.testing;

import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Code;
import dev.rehabdoc.model.Condition;
import dev.rehabdoc.model.Dose;
import dev.rehabdoc.model.Evidence;
import dev.rehabdoc.model.Exercise;
import dev.rehabdoc.model.ExerciseKind;
import dev.rehabdoc.model.Expert;
import dev.rehabdoc.model.GlossaryTerm;
import dev.rehabdoc.model.Image;
import dev.rehabdoc.model.Limit;
import dev.rehabdoc.model.Program;
import dev.rehabdoc.model.ProgramExercise;
import dev.rehabdoc.model.Publication;
import dev.rehabdoc.model.Quote;
import dev.rehabdoc.model.RelatedArticle;
import dev.rehabdoc.model.RiskFactor;
import dev.rehabdoc.model.Step;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Valid catalogs in which every text is as long as its {@link Limit} allows: one condition, two exercises and a
 * program for it, for tests that the limits take what they promise and that every output takes texts that long.
 */
public final class CatalogsAtLimits {
    private static final String[] WORDS = {"Breathe", "in", "slowly,", "let", "the", "shoulders", "drop", "and",
            "count", "to", "ten;", "Zoë’s", "café", "—", "“gentle”", "Ångström", "Łódź", "stretch", "the", "back."};

    private CatalogsAtLimits() {
    }

    /**
     * A catalog whose texts are all at their limits; each list inside a record has {@code items} items (those
     * naming the two exercises have two), and each exercise has {@code steps} steps.
     *
     * @param imageDirectory where to write a picture for each exercise, or {@code null} for none
     */
    public static Catalog generate(int items, int steps, Path imageDirectory) {
        // Seeds: experts from 100, risk factors from 200, each exercise from 1,000 on, so that no two texts read alike.
        List<Expert> experts = each(items, i -> new Expert(id("expert", i), text(Limit.NAME, 100 + i),
                text(Limit.CREDENTIALS, i), text(Limit.ROLE, i), text(Limit.ORGANIZATION, i)));
        List<RiskFactor> riskFactors = each(items, i -> new RiskFactor(id("risk", i), text(Limit.NAME, 200 + i),
                text(Limit.DESCRIPTION, 200 + i)));
        List<Path> pictures = imageDirectory == null ? List.of() : SyntheticCatalogs.pictures(imageDirectory);
        List<Exercise> exercises = new ArrayList<>();
        for (int e = 0; e < 2; e++) {
            int seed = (e + 1) * 1_000;
            List<Image> images = pictures.isEmpty() ? List.of() : List.of(new Image(pictures.get(e),
                    text(Limit.ALT, seed), text(Limit.CAPTION, seed), text(Limit.CREDIT, seed), text(Limit.LICENCE, seed)));
            exercises.add(new Exercise(id("exercise", e), text(Limit.NAME, seed), ExerciseKind.values()[e],
                    text(Limit.SUMMARY, seed), each(steps, i -> new Step(text(Limit.STEP, seed + i))),
                    new Dose(2, 10, 30, null, 3), each(items, i -> text(Limit.CAUTION, seed + i)),
                    each(items, i -> text(Limit.TAG, seed + i)), images,
                    each(items, i -> new Quote(experts.get(i).id(), text(Limit.QUOTE, seed + i))),
                    each(items, i -> new Evidence(text(Limit.CLAIM, seed + i), text(Limit.SOURCE, seed + i)))));
        }
        List<String> exerciseIds = exercises.stream().map(Exercise::id).toList();
        Condition condition = new Condition(id("condition", 0), text(Limit.NAME, 0), text(Limit.CLINICAL_NAME, 0),
                text(Limit.SUMMARY, 0), each(items, i -> text(Limit.SYMPTOM, i)),
                each(items, i -> text(Limit.BODY_REGION, i)), riskFactors.stream().map(RiskFactor::id).toList(),
                exerciseIds, each(items, i -> text(Limit.AVOID, i)), each(items, i -> text(Limit.SEE_A_DOCTOR_IF, i)),
                each(items, i -> text(Limit.ADVICE, i)),
                each(items, i -> new Quote(experts.get(i).id(), text(Limit.QUOTE, i))),
                each(items, i -> new Code("https://example.org/" + text(Limit.CODE_SYSTEM, i)
                        .substring("https://example.org/".length()), text(Limit.CODE, i))));
        Program program = new Program(id("program", 0), text(Limit.TITLE, 0), condition.id(), text(Limit.PERSON, 0),
                text(Limit.PERSON, 1), LocalDate.of(2026, 1, 5), 6, 3,
                each(exerciseIds.size(), i -> new ProgramExercise(exerciseIds.get(i), new Dose(3, null, null, null,
                        null), text(Limit.NOTE, i))));
        Publication publication = new Publication(text(Limit.TITLE, 1), text(Limit.SUBTITLE, 0), true,
                LocalDate.of(2026, 1, 1), experts.stream().map(Expert::id).toList(),
                each(items, i -> new RelatedArticle(text(Limit.TITLE, i), text(Limit.SUMMARY, i))));
        List<GlossaryTerm> glossary = each(items, i -> new GlossaryTerm(text(Limit.TERM, i),
                text(Limit.DEFINITION, i)));
        return new Catalog(publication, experts, riskFactors, List.of(condition), exercises, List.of(program),
                glossary);
    }

    /**
     * Words of exactly as many characters as {@code limit} allows, led by what they are and {@code seed}, such as
     * {@code step 3: Breathe in slowly}, so that no two texts of a catalog read alike.
     */
    public static String text(Limit limit, int seed) {
        StringBuilder text = new StringBuilder(limit.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .append(' ').append(seed + 1).append(':');
        for (int w = seed; text.length() < limit.most(); w++) {
            text.append(' ').append(WORDS[w % WORDS.length]);
        }
        text.setLength(limit.most() - 1);
        return text.append('.').toString();
    }

    /** An id of exactly as many characters as an id may have: {@code exercise-1-zzz…}. */
    private static String id(String prefix, int index) {
        String start = prefix + "-" + (index + 1) + "-";
        return start + "z".repeat(Limit.ID.most() - start.length());
    }

    private static <T> List<T> each(int count, IntFunction<T> item) {
        return IntStream.range(0, count).mapToObj(item).toList();
    }
}
