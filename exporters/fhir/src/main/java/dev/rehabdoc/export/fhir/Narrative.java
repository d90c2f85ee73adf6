package dev.rehabdoc.export.fhir;

import java.util.List;

/**
 * A resource's human-readable {@code text}: a generated XHTML summary of what its elements say, so that a system that
 * cannot interpret the resource can still show it.
 */
final class Narrative {
    private final StringBuilder xhtml = new StringBuilder("<div xmlns=\"http://www.w3.org/1999/xhtml\">");

    /** A bold first line, such as the resource's title. */
    Narrative title(String text) {
        xhtml.append("<p><b>").append(escape(text)).append("</b></p>");
        return this;
    }

    /** A paragraph; nothing when the text is absent or blank. */
    Narrative paragraph(String text) {
        if (text != null && !text.isBlank()) {
            xhtml.append("<p>").append(escape(text)).append("</p>");
        }
        return this;
    }

    /** A numbered list; nothing when empty. */
    Narrative numbered(List<String> items) {
        return list("ol", items);
    }

    /** A bulleted list under a label; nothing when empty. */
    Narrative bulleted(String label, List<String> items) {
        if (!items.isEmpty()) {
            paragraph(label);
            list("ul", items);
        }
        return this;
    }

    private Narrative list(String element, List<String> items) {
        if (!items.isEmpty()) {
            xhtml.append('<').append(element).append('>');
            items.forEach(item -> xhtml.append("<li>").append(escape(item)).append("</li>"));
            xhtml.append("</").append(element).append('>');
        }
        return this;
    }

    /** Writes the {@code text} element with status {@code generated}. */
    void write(FhirJson json) {
        json.startObject("text");
        json.text("status", "generated");
        json.text("div", xhtml + "</div>");
        json.endObject();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
