package dev.rehabdoc.check;

import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Condition;
import dev.rehabdoc.model.Exercise;
import dev.rehabdoc.model.Icd10;
import dev.rehabdoc.model.Image;
import dev.rehabdoc.model.Quote;
import dev.rehabdoc.model.Step;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks whether a catalog's handouts are readable and actionable; the findings are advice, never errors. */
public final class ContentCheck {
    /** Sentences longer than this are hard to follow; plain-language guides suggest 15 to 20 words. */
    static final int LONG_SENTENCE = 20;

    private static final Set<String> NOT_ACTION_STARTS = Set.of("the", "a", "an", "this", "that", "these", "those",
            "your", "my", "his", "her", "its", "their", "our", "it", "there", "he", "she", "they", "we", "you", "i");
    private static final Set<String> STATE_VERBS = Set.of("is", "are", "was", "were", "should", "will", "can", "may",
            "might", "must", "has", "have");

    private final Catalog catalog;
    private final MedicalTerms terms;
    private final List<TextScore> scores = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();

    private ContentCheck(Catalog catalog) {
        this.catalog = catalog;
        this.terms = new MedicalTerms(catalog.glossary());
    }

    /** Checks every condition and exercise of a validated catalog. */
    public static CheckReport check(Catalog catalog) {
        ContentCheck check = new ContentCheck(catalog);
        check.run();
        return new CheckReport(check.scores, check.findings);
    }

    private void run() {
        for (int i = 0; i < catalog.conditions().size(); i++) {
            Condition condition = catalog.conditions().get(i);
            String subject = "condition " + condition.id();
            String at = "/conditions/" + i;
            prose(subject, at + "/summary", "summary", condition.summary());
            List<String> texts = new ArrayList<>(List.of(condition.summary()));
            texts.addAll(condition.advice());
            texts.addAll(condition.avoid());
            texts.addAll(condition.seeADoctorIf());
            condition.quotes().stream().map(Quote::text).forEach(texts::add);
            undefinedTerms(subject, at, texts);
            codes(subject, at, condition);
        }
        for (int i = 0; i < catalog.exercises().size(); i++) {
            exercise(catalog.exercises().get(i), "/exercises/" + i);
        }
    }

    private void exercise(Exercise exercise, String at) {
        String subject = "exercise " + exercise.id();
        if (exercise.summary() != null) {
            prose(subject, at + "/summary", "summary", exercise.summary());
        }
        String steps = String.join(" ", exercise.steps().stream().map(Step::text).toList());
        score(subject, at + "/steps", "steps", steps);
        for (int s = 0; s < exercise.steps().size(); s++) {
            String step = exercise.steps().get(s).text();
            sentences(subject, at + "/steps/" + s, step);
            if (!isAction(step)) {
                findings.add(new Finding("step-not-action", subject, at + "/steps/" + s,
                        "write the step as an instruction that starts with what to do (\"Keep your back flat.\"), not "
                                + "a description: \"" + step + "\""));
            }
        }
        if (exercise.dose().isEmpty()) {
            findings.add(new Finding("no-dose", subject, at + "/dose",
                    "no dose: the handout cannot say how many, how long or how often"));
        }
        for (int m = 0; m < exercise.images().size(); m++) {
            Image image = exercise.images().get(m);
            String where = at + "/images/" + m;
            if (image.alt() == null || image.alt().isBlank()) {
                findings.add(new Finding("image-alt", subject, where, image.alternative()
                        .map(caption -> "the image " + image.path().getFileName() + " has no alt text: a screen "
                                + "reader says its caption instead (\"" + caption + "\"); an alt can describe the "
                                + "position and movement it shows")
                        .orElse("the image " + image.path().getFileName() + " has neither an alt text nor a "
                                + "caption: a screen reader has nothing to say in its place, so validate refuses it "
                                + "(an accessible handout, PDF/UA, needs words for every picture)")));
            }
            if (image.caption() == null || image.caption().isBlank()) {
                findings.add(new Finding("image-caption", subject, where,
                        "the image " + image.path().getFileName() + " has no caption saying what it shows"));
            }
            if (image.licence() == null || image.licence().isBlank()) {
                findings.add(new Finding("image-licence", subject, where,
                        "the image " + image.path().getFileName() + " has no licence: check it may be printed"));
            }
        }
        List<String> texts = new ArrayList<>();
        if (exercise.summary() != null) {
            texts.add(exercise.summary());
        }
        exercise.steps().stream().map(Step::text).forEach(texts::add);
        texts.addAll(exercise.cautions());
        exercise.quotes().stream().map(Quote::text).forEach(texts::add);
        undefinedTerms(subject, at, texts);
    }

    private void codes(String subject, String at, Condition condition) {
        for (int k = 0; k < condition.codes().size(); k++) {
            var code = condition.codes().get(k);
            if (Icd10.isIcd10(code.system())) {
                String where = at + "/codes/" + k + "/code";
                Icd10.retirement(code.code()).ifPresent(why -> findings.add(new Finding("retired-code", subject, where,
                        why)));
            }
        }
    }

    private void prose(String subject, String pointer, String field, String text) {
        score(subject, pointer, field, text);
        sentences(subject, pointer, text);
    }

    private void score(String subject, String pointer, String field, String text) {
        List<String> words = Readability.words(text);
        int syllables = words.stream().mapToInt(Readability::syllables).sum();
        int sentences = Math.max(1, Readability.sentences(text).size());
        double grade = Readability.grade(words.size(), sentences, syllables);
        scores.add(new TextScore(subject, pointer, field, Math.round(grade * 10) / 10.0, words.size(), sentences));
    }

    private void sentences(String subject, String pointer, String text) {
        for (String sentence : Readability.sentences(text)) {
            int words = Readability.words(sentence).size();
            if (words > LONG_SENTENCE) {
                findings.add(new Finding("long-sentence", subject, pointer, "a sentence of " + words
                        + " words; split it (aim for " + LONG_SENTENCE + " or fewer): \"" + sentence + "\""));
            }
            for (String passive : Readability.passives(sentence)) {
                findings.add(new Finding("passive-voice", subject, pointer,
                        "possibly passive (\"" + passive + "\"); say who does what: \"" + sentence + "\""));
            }
        }
    }

    private void undefinedTerms(String subject, String pointer, List<String> texts) {
        Set<String> undefined = new LinkedHashSet<>();
        for (String text : texts) {
            undefined.addAll(terms.undefinedIn(text));
        }
        for (String term : undefined) {
            findings.add(new Finding("undefined-term", subject, pointer,
                    "uses the medical term '" + term + "' that the glossary does not define"));
        }
    }

    /** Whether a step tells the reader what to do: it does not open with a subject such as "Your back is". */
    static boolean isAction(String step) {
        String text = step.strip();
        int comma = text.indexOf(',');
        List<String> opening = Readability.words(text);
        // "On hands and knees, spread your knees": a leading phrase of place, then the instruction.
        if (comma > 0 && !opening.isEmpty() && Set.of("on", "in", "with", "from", "at", "while", "lying", "sitting",
                "standing").contains(opening.getFirst().toLowerCase(Locale.ROOT))) {
            opening = Readability.words(text.substring(comma + 1));
        }
        if (opening.isEmpty()) {
            return false;
        }
        String first = opening.getFirst().toLowerCase(Locale.ROOT);
        String second = opening.size() > 1 ? opening.get(1).toLowerCase(Locale.ROOT) : "";
        return !NOT_ACTION_STARTS.contains(first) && !STATE_VERBS.contains(second);
    }
}
