package dev.rehabdoc.export.pdf;

import dev.rehabdoc.model.Catalog;
import java.util.ArrayList;
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
 * @param clinic    the clinic's name and the ways to reach it, for the foot of every page; empty without a clinic
 */
record HandoutInfo(String fileName, String title, String subject, List<String> keywords, List<String> authors,
        String shortName, List<String> clinic) {

    HandoutInfo {
        keywords = List.copyOf(keywords);
        authors = List.copyOf(authors);
        clinic = List.copyOf(clinic);
    }

    /** The words of {@code catalog}'s clinic for the foot of a page: its name, then its contacts; empty if none. */
    static List<String> clinicLine(Catalog catalog) {
        return catalog.clinic().map(clinic -> {
            List<String> words = new ArrayList<>();
            words.add(clinic.name().strip());
            words.addAll(clinic.contacts());
            return List.copyOf(words);
        }).orElse(List.of());
    }

    /** Every text the footer prints, for checking against its font. */
    List<String> footerWords() {
        List<String> words = new ArrayList<>(clinic);
        words.add(shortName);
        return words;
    }

    String author() {
        return authors.isEmpty() ? "rehabdoc" : String.join("; ", authors);
    }
}
