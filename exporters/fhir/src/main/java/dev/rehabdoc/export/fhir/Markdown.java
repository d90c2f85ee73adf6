package dev.rehabdoc.export.fhir;

import java.util.List;
import java.util.regex.Pattern;

/** Text for FHIR {@code markdown} elements (CommonMark): source text kept as written, numbered lists of steps. */
final class Markdown {
    /** Characters CommonMark could take for emphasis, code, links or HTML. */
    private static final Pattern INLINE = Pattern.compile("([\\\\`*_\\[\\]<>])");
    /** What would start a heading, quote or list at the start of a line. */
    private static final Pattern BLOCK_START = Pattern.compile("(?m)^(\\s*)([#>+-]|\\d+[.)])");

    private Markdown() {
    }

    /** Source text that renders as written: CommonMark's special characters escaped with a backslash. */
    static String escape(String text) {
        String inline = INLINE.matcher(text).replaceAll("\\\\$1");
        return BLOCK_START.matcher(inline).replaceAll(match -> {
            String marker = match.group(2);
            String escaped = Character.isDigit(marker.charAt(0))
                    ? marker.substring(0, marker.length() - 1) + "\\" + marker.charAt(marker.length() - 1)
                    : "\\" + marker;
            return java.util.regex.Matcher.quoteReplacement(match.group(1) + escaped);
        });
    }

    /** Items as a numbered list, one per line: {@code 1. First}. */
    static String numbered(List<String> items) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                list.append('\n');
            }
            list.append(i + 1).append(". ").append(escape(items.get(i)));
        }
        return list.toString();
    }

    /** Paragraphs separated by blank lines, blank ones left out. */
    static String paragraphs(List<String> paragraphs) {
        return String.join("\n\n", paragraphs.stream().filter(p -> p != null && !p.isBlank()).toList());
    }
}
