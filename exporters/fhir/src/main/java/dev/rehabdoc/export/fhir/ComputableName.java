package dev.rehabdoc.export.fhir;

/** A rehabdoc id as the {@code name} of a FHIR definition, which must read like a code identifier: {@code CatCow}. */
final class ComputableName {
    /** FHIR's limit: {@code [A-Z]([A-Za-z0-9_]){0,254}}. */
    private static final int MAX_LENGTH = 255;

    private ComputableName() {
    }

    /** {@code cat-cow} gives {@code CatCow}; an id that starts with a digit gets an {@code N} in front. */
    static String of(String id) {
        StringBuilder name = new StringBuilder(id.length());
        for (String word : id.split("-")) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            }
        }
        if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
            name.insert(0, 'N');
        }
        return name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name.toString();
    }
}
