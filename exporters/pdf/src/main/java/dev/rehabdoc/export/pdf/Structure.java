package dev.rehabdoc.export.pdf;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.openpdf.text.Document;
import org.openpdf.text.Image;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A handout's structure tree, grown in reading order as the typesetter makes elements, and the element the text being
 * drawn belongs to, told by the generic tag each chunk carries.
 *
 * <p>Headings open sections: a heading of level 2 closes every open section and opens one of its own, a heading of
 * level 3 opens one inside it. Everything made after a heading belongs to its section, until the next.
 */
final class Structure extends PdfPageEventHelper {
    private final PdfStructureElement document;
    private final Deque<PdfStructureElement> sections = new ArrayDeque<>();
    private final Map<String, PdfStructureElement> byTag = new HashMap<>();
    private final Map<Long, Deque<PdfStructureElement>> figures = new HashMap<>();
    private PdfStructureElement current;

    /** The structure of the tagged document {@code writer} writes. */
    Structure(PdfWriter writer) {
        document = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
    }

    /** Opens a section at {@code level} (2 or deeper), closing those at that level or deeper, and gives its heading. */
    String heading(int level) {
        while (sections.size() > level - 2) {
            sections.pop();
        }
        if (sections.size() != level - 2) {
            throw new IllegalArgumentException("a heading of level " + level + " needs a section of level " + (level - 1));
        }
        PdfStructureElement section = new PdfStructureElement(parent(), PdfName.SECT);
        sections.push(section);
        return tag(new PdfStructureElement(section, new PdfName("H" + level)));
    }

    /** A heading inside the current section that opens none of its own, one level below the section's. */
    String subheading() {
        return leaf(new PdfName("H" + (sections.size() + 2)));
    }

    /** Closes every open section: what comes next stands at the document's top level. */
    void closeSections() {
        sections.clear();
    }

    /** A new element with content of its own, such as {@code P} or {@code H1}, in the current section. */
    String leaf(PdfName type) {
        return leaf(parent(), type);
    }

    /** A new element with content of its own inside {@code parent}. */
    String leaf(PdfStructureElement parent, PdfName type) {
        return tag(new PdfStructureElement(parent, type));
    }

    /** A new element that holds other elements, such as {@code L} or {@code BlockQuote}, in the current section. */
    PdfStructureElement group(PdfName type) {
        return group(parent(), type);
    }

    /** A new element that holds other elements inside {@code parent}. */
    PdfStructureElement group(PdfStructureElement parent, PdfName type) {
        return new PdfStructureElement(parent, type);
    }

    /** A figure in the current section, said aloud as {@code alt}, whose content is the next drawing of {@code image}. */
    void figure(Image image, String alt) {
        PdfStructureElement figure = new PdfStructureElement(parent(), PdfName.FIGURE);
        figure.put(PdfName.ALT, new PdfString(alt, PdfString.TEXT_UNICODE));
        figures.computeIfAbsent(image.getMySerialId(), id -> new ArrayDeque<>()).add(figure);
    }

    /** The figure a drawing of {@code image} shows, or null when the picture is not one the handout made. */
    PdfStructureElement figureDrawn(Image image) {
        Deque<PdfStructureElement> waiting = figures.get(image.getMySerialId());
        return waiting == null ? null : waiting.poll();
    }

    /** The element of the chunk being drawn. */
    PdfStructureElement current() {
        return current;
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
        PdfStructureElement element = byTag.get(text);
        if (element == null) {
            throw new IllegalStateException("no structure element is tagged " + text);
        }
        current = element;
    }

    private PdfStructureElement parent() {
        return sections.isEmpty() ? document : sections.peek();
    }

    private String tag(PdfStructureElement element) {
        String tag = "s" + (byTag.size() + 1);
        byTag.put(tag, element);
        return tag;
    }
}
