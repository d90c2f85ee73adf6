package dev.rehabdoc.load;

import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * Something wrong with a source, where it is and what it is.
 *
 * @param location where in which file
 * @param path     a JSON pointer to the value within its file, such as {@code /exercises/0/steps/1}; empty for the
 *                 whole document
 * @param message  what is wrong, for the person who wrote the source
 */
public record Problem(Location location, String path, String message) implements Comparable<Problem> {
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");
    private static final Comparator<Problem> ORDER = Comparator
            .comparing((Problem p) -> p.location.file())
            .thenComparingInt(p -> p.location.line())
            .thenComparingInt(p -> p.location.column())
            .thenComparing(Problem::path)
            .thenComparing(Problem::message);

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }

    /**
     * As {@code file:line:column: path: message}, the form editors and CI logs link. Control and text-direction
     * characters, which could rewrite a terminal or hide text, are shown as {@code \\u001B}.
     */
    @Override
    public String toString() {
        return visible(location + ": " + (path.isEmpty() ? "/" : path) + ": " + message);
    }

    /** The text with control and text-direction characters shown as {@code \\u001B}, safe to print to a terminal. */
    public static String visible(String text) {
        return INVISIBLE.matcher(text).replaceAll(match -> String.format("\\\\u%04X", (int) match.group().charAt(0)));
    }
}
