package dev.rehabdoc.cli;

/** A count and its noun in English, singular or plural: "1 condition", "2 conditions". */
final class Counted {
    private Counted() {
    }

    /** {@code count} and {@code noun}, whose plural adds an s (condition, risk factor, text). */
    static String of(long count, String noun) {
        return of(count, noun, noun + "s");
    }

    static String of(long count, String one, String other) {
        return count + " " + (count == 1 ? one : other);
    }
}
