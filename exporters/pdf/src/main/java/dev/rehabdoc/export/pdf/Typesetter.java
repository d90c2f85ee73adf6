package dev.rehabdoc.export.pdf;

import dev.rehabdoc.export.ExportException;
import dev.rehabdoc.model.Clinic;
import dev.rehabdoc.model.Expert;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.ListItem;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Makes the elements a handout is built from (headings with bookmarks, text, lists, boxes, quotes, pictures), every
 * one in the handout's type and with every character checked against its font.
 */
final class Typesetter {
    /** What stands between the parts of a line such as a clinic's contacts. */
    static final String MIDDLE_DOT = "  \u00B7  ";
    private final Typography type;
    private final PdfWriter writer;
    private final Pictures pictures;
    private final Structure structure;
    private int destinations;
    private PdfOutline lastBookmark;

    Typesetter(Typography type, PdfWriter writer, Pictures pictures) {
        this.type = type;
        this.writer = writer;
        this.pictures = pictures;
        this.structure = TaggedPages.structure(writer);
    }

    Typography type() {
        return type;
    }

    /** The handout's title with a bookmark at the top of the outline. */
    Paragraph title(String text) throws ExportException {
        structure.closeSections();
        Paragraph title = new Paragraph(type.leading(type.title),
                bookmarked(text, type.title, writer.getRootOutline(), structure.leaf(PdfName.H1)));
        title.setSpacingAfter(type.bodySize * 0.2f);
        return title;
    }

    /** A line under the title, such as the clinical name. */
    Paragraph subtitle(String text) throws ExportException {
        Paragraph subtitle = new Paragraph(type.leading(type.subtitle), chunk(text, type.subtitle, structure.leaf(PdfName.P)));
        subtitle.setSpacingAfter(type.bodySize * 0.6f);
        return subtitle;
    }

    /** A section heading with a bookmark; {@link #lastBookmark()} is the bookmark, to hang entries below it. */
    Paragraph heading(String text) throws ExportException {
        Paragraph heading = new Paragraph(type.leading(type.heading),
                bookmarked(text, type.heading, writer.getRootOutline(), structure.heading(2)));
        heading.setSpacingAfter(type.bodySize * 0.3f);
        return heading;
    }

    /** A section's heading kept on one page with what comes first under it, so that no heading ends a page. */
    PdfPTable section(Paragraph heading, Element... first) {
        List<Element> content = new ArrayList<>();
        content.add(heading);
        content.addAll(List.of(first));
        PdfPTable table = together(content);
        table.setSpacingBefore(type.bodySize * 1.5f);
        return table;
    }

    /** An exercise heading with a bookmark under {@code section}. */
    Paragraph exerciseHeading(String text, PdfOutline section) throws ExportException {
        Paragraph heading = new Paragraph(type.leading(type.exerciseHeading),
                bookmarked(text, type.exerciseHeading, section, structure.heading(3)));
        heading.setSpacingAfter(type.bodySize * 0.25f);
        return heading;
    }

    /** The bookmark the last heading made. */
    PdfOutline lastBookmark() {
        return lastBookmark;
    }

    private Chunk bookmarked(String text, Font font, PdfOutline parent, String tag) throws ExportException {
        String name = "section-" + ++destinations;
        Chunk chunk = chunk(text, font, tag);
        chunk.setLocalDestination(name);
        lastBookmark = new PdfOutline(parent, PdfAction.gotoLocalPage(name, false), text, true);
        return chunk;
    }

    /** A paragraph of body text. */
    Paragraph text(String text) throws ExportException {
        Paragraph paragraph = new Paragraph(type.leading(type.body), chunk(text, type.body, structure.leaf(PdfName.P)));
        paragraph.setSpacingAfter(type.bodySize * 0.4f);
        return paragraph;
    }

    /** Body text led by a bold label, such as "How much: 5 repetitions". */
    Paragraph labelled(String label, String text) throws ExportException {
        String tag = structure.leaf(PdfName.P);
        Paragraph paragraph = new Paragraph(type.leading(type.body), chunk(label + " ", type.label, tag));
        paragraph.add(chunk(text, type.body, tag));
        paragraph.setSpacingAfter(type.bodySize * 0.4f);
        return paragraph;
    }

    /** A small bold heading inside a section, such as "How to do it". */
    Paragraph label(String text) throws ExportException {
        Paragraph paragraph = new Paragraph(type.leading(type.label), chunk(text, type.label, structure.subheading()));
        paragraph.setSpacingAfter(type.bodySize * 0.15f);
        return paragraph;
    }

    /**
     * A section of bullet points: the heading kept on one page with the first two points, so that a long list may
     * still run onto the next page without leaving its heading behind.
     */
    List<Element> listSection(String heading, List<String> items) throws ExportException {
        int kept = Math.min(2, items.size());
        List<Element> elements = new ArrayList<>();
        elements.add(section(heading(heading), bullets(items.subList(0, kept))));
        if (kept < items.size()) {
            elements.add(bullets(items.subList(kept, items.size())));
        }
        return elements;
    }

    /** A small bold heading with the list under it, kept on one page when it fits. */
    PdfPTable labelledList(String label, List<String> items) throws ExportException {
        PdfPTable table = together(List.of(label(label), bullets(items)));
        table.setSpacingBefore(type.bodySize * 0.5f);
        return table;
    }

    /** A bulleted list. */
    org.openpdf.text.List bullets(List<String> items) throws ExportException {
        org.openpdf.text.List list = new org.openpdf.text.List(false, type.bodySize * 1.3f);
        list.setListSymbol(new Chunk("\u2022", type.label));
        return filled(list, items);
    }

    /**
     * A numbered list, for steps done in order. The text stands far enough in for the widest number: "100." and
     * longer would otherwise run into the words of its step.
     */
    org.openpdf.text.List numbered(List<String> items) throws ExportException {
        float widest = type.label.getBaseFont().getWidthPoint(items.size() + ".", type.label.getSize());
        org.openpdf.text.List list = new org.openpdf.text.List(true,
                Math.max(type.bodySize * 1.8f, widest + type.bodySize * 0.3f));
        list.setListSymbol(new Chunk("", type.label));
        return filled(list, items);
    }

    /**
     * Fills a list with an item per text, each an {@code LI} whose number or bullet is its {@code Lbl} and whose
     * words are its {@code LBody}.
     */
    private org.openpdf.text.List filled(org.openpdf.text.List list, List<String> items) throws ExportException {
        list.setIndentationLeft(type.bodySize * 0.2f);
        PdfStructureElement whole = structure.group(PdfName.L);
        for (String item : items) {
            PdfStructureElement element = structure.group(whole, PdfName.LI);
            String label = structure.leaf(element, PdfName.LBL);
            ListItem entry = new ListItem(type.leading(type.body), chunk(item, type.body, structure.leaf(element, PdfName.LBODY)));
            entry.setSpacingAfter(type.bodySize * 0.25f);
            // The number or bullet the list would give the item, tagged as its label: an item keeps the first
            // symbol it is given, so the list's own, untagged, is then left unused.
            String symbol = list.isNumbered()
                    ? list.getPreSymbol() + (list.getFirst() + list.size()) + list.getPostSymbol()
                    : list.getSymbol().getContent();
            entry.setListSymbol(chunk(symbol, list.getSymbol().getFont(), label));
            list.add(entry);
        }
        return list;
    }

    /** Words of an expert, with the expert's name, credentials, role and organisation under them. */
    PdfPTable quote(String words, Expert expert) throws ExportException {
        List<Element> content = new ArrayList<>();
        PdfStructureElement quote = structure.group(PdfName.BLOCKQUOTE);
        Paragraph text = new Paragraph(type.leading(type.quote),
                chunk("\u201C" + words.strip() + "\u201D", type.quote, structure.leaf(quote, PdfName.P)));
        content.add(text);
        Paragraph byline = new Paragraph(type.leading(type.label),
                chunk("\u2014 " + expert.byline(), type.label, structure.leaf(quote, PdfName.P)));
        byline.setSpacingBefore(type.bodySize * 0.2f);
        content.add(byline);
        String affiliation = affiliation(expert);
        if (!affiliation.isEmpty()) {
            content.add(new Paragraph(type.leading(type.caption),
                    chunk(affiliation, type.caption, structure.leaf(quote, PdfName.P))));
        }
        PdfPTable table = panel(content, Typography.ACCENT, Typography.QUIET_PAPER, Rectangle.LEFT);
        table.setSpacingBefore(type.bodySize * 0.3f);
        table.setSpacingAfter(type.bodySize * 0.5f);
        return table;
    }

    /** The role and organisation of an expert, as a byline's second line. */
    static String affiliation(Expert expert) {
        List<String> parts = new ArrayList<>();
        if (expert.role() != null && !expert.role().isBlank()) {
            parts.add(expert.role().strip());
        }
        if (expert.organization() != null && !expert.organization().isBlank()) {
            parts.add(expert.organization().strip());
        }
        return String.join(", ", parts);
    }

    /** A boxed warning: a heading and a list, in a red frame that stands out from the page. */
    PdfPTable warning(String heading, List<String> items) throws ExportException {
        Paragraph title = new Paragraph(type.leading(type.warningHeading),
                bookmarked(heading, type.warningHeading, writer.getRootOutline(), structure.heading(2)));
        title.setSpacingAfter(type.bodySize * 0.3f);
        PdfPTable table = panel(List.of(title, bullets(items)), Typography.WARNING, Typography.WARNING_PAPER, Rectangle.BOX);
        table.setSpacingBefore(type.bodySize * 1.2f);
        table.setSpacingAfter(type.bodySize * 0.6f);
        return table;
    }

    /** A quiet box with a bold lead-in, for notes every reader should see, such as the disclaimer. */
    PdfPTable notice(String lead, String text) throws ExportException {
        PdfPTable table = panel(List.of(labelled(lead, text)), Typography.MUTED, Typography.QUIET_PAPER, Rectangle.BOX);
        table.setSpacingBefore(type.bodySize * 1.2f);
        return table;
    }

    /** A framed box with a heading and empty space to write in, such as the clinic's contact details. */
    PdfPTable writingSpace(String heading, float height) throws ExportException {
        Paragraph title = new Paragraph(type.leading(type.heading),
                bookmarked(heading, type.heading, writer.getRootOutline(), structure.heading(2)));
        PdfPTable table = panel(List.of(title), Typography.MUTED, Color.WHITE, Rectangle.BOX);
        table.getRow(0).getCells()[0].setMinimumHeight(height);
        table.setSpacingBefore(type.bodySize * 1.2f);
        return table;
    }

    /**
     * The clinic at the top of the first page: its logo, and beside it the clinic's name with its address and
     * contacts under it, over a rule.
     */
    PdfPTable masthead(Clinic clinic) throws ExportException, IOException {
        float width = writer.getPageSize().getWidth() - 2 * type.margin;
        Image logo = null;
        if (clinic.logo() != null) {
            logo = pictures.of(clinic.logo().path());
            float height = type.largePrint ? 72 : 54;
            logo.scaleToFit(Math.min(height * 3, width / 3), height);
            structure.figure(logo, alternative(clinic.logo())); // first, as it is read first
        }
        List<Element> words = new ArrayList<>();
        words.add(new Paragraph(type.leading(type.heading), chunk(clinic.name().strip(), type.heading,
                structure.leaf(PdfName.P))));
        if (clinic.addressText().isPresent()) {
            words.add(new Paragraph(type.leading(type.caption), chunk(String.join(", ", lines(clinic.addressText().get())),
                    type.caption, structure.leaf(PdfName.P))));
        }
        float logoColumn = logo == null ? 0 : logo.getScaledWidth() + type.bodySize;
        for (String line : joined(clinic.contacts(), type.caption, width - logoColumn)) {
            words.add(new Paragraph(type.leading(type.caption), chunk(line, type.caption, structure.leaf(PdfName.P))));
        }
        PdfPTable table;
        if (logo == null) {
            table = new PdfPTable(1);
        } else {
            table = new PdfPTable(new float[] {logoColumn, width - logoColumn});
            PdfPCell picture = mastheadCell();
            picture.addElement(logo);
            table.addCell(picture);
        }
        PdfPCell text = mastheadCell();
        words.forEach(text::addElement);
        table.addCell(text);
        table.setWidthPercentage(100);
        table.setSpacingAfter(type.bodySize);
        return table;
    }

    /** The words in lines at most {@code width} wide, as many to a line as fit, with a middle dot between them. */
    private static List<String> joined(List<String> words, Font font, float width) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : words) {
            String longer = line.isEmpty() ? word : line + MIDDLE_DOT + word;
            if (!line.isEmpty() && font.getBaseFont().getWidthPoint(longer, font.getSize()) > width) {
                lines.add(line);
                longer = word;
            }
            line = longer;
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private PdfPCell mastheadCell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(Typography.ACCENT);
        cell.setBorderWidth(1);
        cell.setPadding(0);
        cell.setPaddingBottom(type.bodySize * 0.6f);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    /**
     * The clinic's box on a program handout: its name, address, phone, email, website, opening hours and when to
     * call, each it gives.
     */
    PdfPTable clinicBox(Clinic clinic) throws ExportException {
        List<Element> content = new ArrayList<>();
        Paragraph title = new Paragraph(type.leading(type.heading),
                bookmarked("Your clinic", type.heading, writer.getRootOutline(), structure.heading(2)));
        title.setSpacingAfter(type.bodySize * 0.3f);
        content.add(title);
        Paragraph name = new Paragraph(type.leading(type.label), chunk(clinic.name().strip(), type.label,
                structure.leaf(PdfName.P)));
        name.setSpacingAfter(type.bodySize * 0.2f);
        content.add(name);
        if (clinic.addressText().isPresent()) {
            Paragraph address = new Paragraph(type.leading(type.body), chunk(String.join("\n", lines(clinic.addressText().get())),
                    type.body, structure.leaf(PdfName.P)));
            address.setSpacingAfter(type.bodySize * 0.4f);
            content.add(address);
        }
        List<Map.Entry<String, Optional<String>>> fields = List.of(Map.entry("Phone:", clinic.phoneText()),
                Map.entry("Email:", clinic.emailText()), Map.entry("Website:", clinic.websiteText()),
                Map.entry("Opening hours:", clinic.hoursText()), Map.entry("Call us if", clinic.callUsIfText()));
        for (Map.Entry<String, Optional<String>> field : fields) {
            if (field.getValue().isPresent()) {
                content.add(labelled(field.getKey(), field.getValue().get()));
            }
        }
        PdfPTable table = panel(content, Typography.ACCENT, Typography.QUIET_PAPER, Rectangle.BOX);
        table.setSpacingBefore(type.bodySize * 1.2f);
        return table;
    }

    /** The lines of an address as written, without blank ones. */
    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** A label with a line to write on, filled with {@code value} when there is one. */
    Paragraph field(String label, String value) throws ExportException {
        String tag = structure.leaf(PdfName.P);
        Chunk lead = chunk(label + ": ", type.label, tag);
        Paragraph paragraph = new Paragraph(type.leading(type.body) * 1.8f, lead);
        if (value == null || value.isBlank()) {
            float room = writer.getPageSize().getWidth() * 0.62f - type.label.getBaseFont().getWidthPoint(label + ": ", type.label.getSize());
            int spaces = (int) (room / type.body.getBaseFont().getWidthPoint('\u00A0', type.body.getSize()));
            Chunk line = chunk("\u00A0".repeat(Math.max(spaces, 10)), type.body, tag);
            line.setUnderline(0.75f, -type.bodySize * 0.3f);
            paragraph.add(line);
        } else {
            paragraph.add(chunk(value, type.body, tag));
        }
        return paragraph;
    }

    /** A picture at a readable size with its caption and credit printed under it, kept on one page. */
    PdfPTable figure(dev.rehabdoc.model.Image picture) throws ExportException, IOException {
        Image image = pictures.of(picture.path());
        FigureBox box = FigureBox.of(writer.getPageSize().getWidth(), type.largePrint);
        image.scaleToFit(box.width(), box.height());
        image.setAlignment(Image.LEFT);
        image.setBorder(Rectangle.BOX);
        image.setBorderWidth(0.5f);
        image.setBorderColor(Typography.MUTED);
        List<Element> content = new ArrayList<>();
        content.add(image);
        structure.figure(image, alternative(picture));
        if (picture.caption() != null && !picture.caption().isBlank()) {
            content.add(new Paragraph(type.leading(type.caption),
                    chunk(picture.caption(), type.caption, structure.leaf(PdfName.CAPTION))));
        }
        List<String> credit = new ArrayList<>();
        if (picture.credit() != null && !picture.credit().isBlank()) {
            credit.add("Image: " + picture.credit().strip());
        }
        if (picture.licence() != null && !picture.licence().isBlank()) {
            credit.add("Licence: " + picture.licence().strip());
        }
        if (!credit.isEmpty()) {
            content.add(new Paragraph(type.leading(type.caption),
                    chunk(String.join(". ", credit), type.caption, structure.leaf(PdfName.P))));
        }
        PdfPTable table = together(content);
        table.setSpacingBefore(type.bodySize * 0.4f);
        table.setSpacingAfter(type.bodySize * 0.6f);
        return table;
    }

    /** Elements kept on one page when they fit on one, such as an exercise heading with its steps. */
    PdfPTable together(List<Element> content) {
        PdfPTable table = panel(content, Color.WHITE, null, Rectangle.NO_BORDER);
        table.getRow(0).getCells()[0].setPadding(0);
        return table;
    }

    private PdfPTable panel(List<Element> content, Color border, Color paper, int sides) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(sides);
        cell.setBorderColor(border);
        cell.setBorderWidth(sides == Rectangle.LEFT ? 3 : 1.5f);
        if (paper != null) {
            cell.setBackgroundColor(paper);
        }
        cell.setPadding(type.bodySize * 0.8f);
        cell.setPaddingTop(type.bodySize * 0.5f);
        for (Element element : content) {
            cell.addElement(element);
        }
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        table.addCell(cell);
        return table;
    }

    /**
     * The words a screen reader says instead of a picture: its alt text, else its caption. Validation refuses a
     * picture with neither; a catalog made in code without it is refused here rather than given an empty figure.
     */
    private static String alternative(dev.rehabdoc.model.Image picture) throws ExportException {
        return picture.alternative().orElseThrow(() -> new ExportException("the picture "
                + picture.path().getFileName() + " has neither an alt text nor a caption; a handout needs words for "
                + "each picture, which a screen reader says in its place"));
    }

    /** A run of text in {@code font}, the content of the structure element tagged {@code tag}. */
    Chunk chunk(String text, Font font, String tag) throws ExportException {
        Chunk chunk = new Chunk(Typography.printable(text, font.getBaseFont()), font);
        chunk.setGenericTag(tag);
        return chunk;
    }

    /** Closes the open sections: what is set next stands at the document's top level, after them. */
    void endSections() {
        structure.closeSections();
    }
}
