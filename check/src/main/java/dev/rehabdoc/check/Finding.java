package dev.rehabdoc.check;

/**
 * One thing a content check noticed.
 *
 * @param rule    which check, such as {@code reading-grade}
 * @param subject what it concerns, such as {@code exercise cat-cow}
 * @param pointer a JSON pointer to the value in the catalog, such as {@code /exercises/6/steps/1}
 * @param message what to improve, for the content editor
 */
public record Finding(String rule, String subject, String pointer, String message) {
}
