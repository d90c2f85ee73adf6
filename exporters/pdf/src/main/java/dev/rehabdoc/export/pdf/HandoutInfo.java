package dev.rehabdoc.export.pdf;

import java.util.List;

/**
 * What a handout's metadata says about it.
 *
 * @param fileName the file it is written to, which also seeds its file id
 * @param title    the document title, shown by viewers instead of the file name
 * @param subject  what it is about, in a sentence
 * @param keywords words to find it by
 * @param authors  the experts behind the content; "rehabdoc" when there are none
 * @param shortName what the page footer calls it
 */
record HandoutInfo(String fileName, String title, String subject, List<String> keywords, List<String> authors,
        String shortName) {

    HandoutInfo {
        keywords = List.copyOf(keywords);
        authors = List.copyOf(authors);
    }

    String author() {
        return authors.isEmpty() ? "rehabdoc" : String.join("; ", authors);
    }
}
