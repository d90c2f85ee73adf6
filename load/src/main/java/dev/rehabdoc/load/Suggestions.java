package dev.rehabdoc.load;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** "Did you mean" for misspelt keys, ids and kinds. */
final class Suggestions {
    private Suggestions() {
    }

    /**
     * Words editors write for a field that the spelling distance would not find or would get wrong ({@code reps} is
     * closer to {@code sets} than to {@code repetitions}), and the field they mean where it is one of the known ones.
     */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("reps", "repetitions"), Map.entry("rep", "repetitions"), Map.entry("repeats", "repetitions"),
            Map.entry("times", "repetitions"), Map.entry("hold", "holdSeconds"), Map.entry("seconds", "holdSeconds"),
            Map.entry("secs", "holdSeconds"), Map.entry("duration", "minutes"), Map.entry("mins", "minutes"),
            Map.entry("frequency", "timesPerWeek"), Map.entry("perweek", "timesPerWeek"),
            Map.entry("description", "summary"), Map.entry("desc", "summary"), Map.entry("title", "name"),
            Map.entry("instructions", "steps"), Map.entry("picture", "images"), Map.entry("pictures", "images"),
            Map.entry("photo", "images"), Map.entry("photos", "images"), Map.entry("image", "images"),
            Map.entry("img", "images"));

    /**
     * The known word {@code word} most likely means: a synonym editors use for it, else the closest spelling if one is
     * close enough to be a likely typo.
     */
    static Optional<String> closest(String word, Collection<String> known) {
        String meant = SYNONYMS.get(word.toLowerCase(Locale.ROOT).replace("_", "").replace("-", ""));
        if (meant != null && known.contains(meant)) {
            return Optional.of(meant);
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(word.toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int tolerance = Math.max(2, word.length() / 3);
        return best != null && bestDistance <= tolerance ? Optional.of(best) : Optional.empty();
    }

    /** {@code ; did you mean 'x'?} when there is a close match, else nothing. */
    static String didYouMean(String word, Collection<String> known) {
        return closest(word, known).map(s -> "; did you mean '" + s + "'?").orElse("");
    }

    /** The message for a key the format does not have. */
    static String unknownKey(String key, Collection<String> known) {
        String suggestion = didYouMean(key, known);
        return "unknown field '" + abbreviate(key) + "'"
                + (suggestion.isEmpty() ? "; known fields: " + String.join(", ", known) : suggestion);
    }

    /** Long or multi-line text cut for a one-line message. */
    static String abbreviate(String text) {
        String line = text.replaceAll("\\p{Cntrl}", " ");
        return line.length() <= 40 ? line : line.substring(0, 37) + "...";
    }

    /** Levenshtein distance, with an early exit for words of very different length. */
    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 8) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
