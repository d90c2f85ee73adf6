package dev.rehabdoc.load;

/**
 * A rule a catalog breaks, found by {@link CatalogValidator}; the loader turns it into a located {@link Problem}.
 *
 * @param pointer a JSON pointer into the catalog, such as {@code /exercises/3/id}
 * @param message what is wrong
 */
public record Violation(String pointer, String message) {
}
