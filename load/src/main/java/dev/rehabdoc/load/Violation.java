package dev.rehabdoc.load;

/**
 * A rule a catalog breaks, found by {@link CatalogValidator}; the loader turns it into a located {@link Problem}.
 *
 * @param pointer a JSON pointer into the catalog, such as {@code /exercises/3/id}
 * @param message what is wrong
 * @param other   the pointer, as the message names it, of the value the rule is broken against (such as the first
 *                of two records with one id), for the loader to add where that one is written; null when none
 */
public record Violation(String pointer, String message, String other) {

    /** A rule broken by one value alone. */
    public Violation(String pointer, String message) {
        this(pointer, message, null);
    }
}
