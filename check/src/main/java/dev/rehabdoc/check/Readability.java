package dev.rehabdoc.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sentence, word and syllable counts of English text, and the Flesch-Kincaid grade level built from them. */
final class Readability {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])[\"”’)]*\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}’'-]*");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");
    private static final Pattern PASSIVE = Pattern.compile(
            "\\b(?:am|is|are|was|were|be|been|being)\\s+(?:\\w+ly\\s+)?"
                    + "(\\w+(?:ed|en)|made|done|known|seen|held|kept|taken|given|shown|found|built|put|left|told)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words ending in -ed or -en that are adjectives or nouns, not participles. */
    private static final Set<String> NOT_PARTICIPLES = Set.of("need", "red", "bed", "seed", "speed", "feed", "shed",
            "often", "even", "open", "ten", "then", "when", "seen", "kitchen", "garden", "children", "women", "men",
            "token", "listen", "heaven", "sudden", "linen", "hidden", "golden", "wooden", "between");

    private Readability() {
    }

    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(text.strip())) {
            if (!words(sentence).isEmpty()) {
                sentences.add(sentence.strip());
            }
        }
        return sentences;
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** Syllables by vowel groups, less a silent final e; at least one a word. */
    static int syllables(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (lower.isEmpty()) {
            return 1;
        }
        int count = 0;
        Matcher groups = VOWEL_GROUP.matcher(lower);
        while (groups.find()) {
            count++;
        }
        if (lower.length() > 2 && lower.endsWith("e") && !lower.endsWith("le") && !lower.endsWith("ee")) {
            count--;
        }
        if (lower.endsWith("ed") && lower.length() > 3 && !lower.endsWith("ted") && !lower.endsWith("ded")) {
            count--;
        }
        return Math.max(1, count);
    }

    /** The US school grade a reader needs: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
    static double grade(int words, int sentences, int syllables) {
        if (words == 0) {
            return 0;
        }
        // The formula goes below zero for a few very short sentences; no reader needs less than grade 0.
        return Math.max(0, 0.39 * words / Math.max(1, sentences) + 11.8 * syllables / words - 15.59);
    }

    /** The passive constructions in a sentence, such as {@code is pinched}. */
    static List<String> passives(String sentence) {
        List<String> found = new ArrayList<>();
        Matcher matcher = PASSIVE.matcher(sentence);
        while (matcher.find()) {
            if (!NOT_PARTICIPLES.contains(matcher.group(1).toLowerCase(Locale.ROOT))) {
                found.add(matcher.group());
            }
        }
        return found;
    }
}
