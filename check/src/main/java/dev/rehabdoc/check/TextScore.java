package dev.rehabdoc.check;

/**
 * How hard one text is to read.
 *
 * @param subject   what it belongs to, such as {@code exercise cat-cow}
 * @param pointer   a JSON pointer to the text, such as {@code /exercises/6/steps}
 * @param field     which text, such as {@code summary} or {@code steps}
 * @param grade     its Flesch-Kincaid grade level
 * @param words     how many words it has
 * @param sentences how many sentences it has
 */
public record TextScore(String subject, String pointer, String field, double grade, int words, int sentences) {
}
