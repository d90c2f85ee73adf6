package dev.rehabdoc.export.pdf;

import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * A block to keep on one page (a one-cell table, see {@link Typesetter#together}) that is too tall for any page, set
 * instead as a table of one row per element and per list item, which breaks between pages wherever a page ends.
 *
 * <p>OpenPDF breaks a one-cell table by laying out the whole rest of its cell again on every page, which takes time
 * growing with the square of the block's length: an exercise of 1,000 steps took minutes. A row holds one element
 * here, so that each page lays out only what it shows. The rows keep the block's look: its frame, paper and
 * paddings, with the frame's top on the first row and its bottom on the last.
 */
final class TallBlock {
    private TallBlock() {
    }

    /**
     * Whether the block is certainly taller than {@code height} at {@code width}: found by laying out no more of it
     * than that height holds, where measuring the whole would lay out the whole.
     */
    static boolean isTallerThan(PdfPTable block, float width, float height) {
        PdfPCell frame = block.getRow(0).getCells()[0];
        if (frame.getColumn() == null) {
            return false;
        }
        ColumnText column = ColumnText.duplicate(frame.getColumn());
        column.setSimpleColumn(frame.getEffectivePaddingLeft(), frame.getEffectivePaddingBottom(),
                width - frame.getEffectivePaddingRight(), height - frame.getEffectivePaddingTop());
        return (column.go(true) & ColumnText.NO_MORE_TEXT) == 0;
    }

    /**
     * The block as a table that may break between pages: starting where it stands when {@code startHere}, else on a
     * new page, as the block would have.
     */
    static PdfPTable splittable(PdfPTable block, boolean startHere) {
        PdfPCell frame = block.getRow(0).getCells()[0];
        List<Element> parts = new ArrayList<>();
        for (Object element : frame.getCompositeElements()) {
            if (element instanceof org.openpdf.text.List list) {
                parts.addAll(items(list));
            } else {
                parts.add((Element) element);
            }
        }
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(block.getWidthPercentage());
        table.setSpacingBefore(block.spacingBefore());
        table.setSpacingAfter(block.spacingAfter());
        table.setKeepTogether(!startHere);
        table.setSplitLate(false);
        for (int i = 0; i < parts.size(); i++) {
            table.addCell(row(frame, parts.get(i), i == 0, i == parts.size() - 1));
        }
        return table;
    }

    /** Each item of a list as a list of its own, with the item's number or bullet and the list's indentation. */
    private static List<Element> items(org.openpdf.text.List list) {
        List<Element> items = new ArrayList<>();
        for (Element item : list.getItems()) {
            org.openpdf.text.List one = new org.openpdf.text.List(list.isNumbered(), list.isLettered(),
                    list.getSymbolIndent());
            one.setIndentationLeft(list.getIndentationLeft());
            one.setIndentationRight(list.getIndentationRight());
            // Added as it is: the item already carries its symbol ("3.") and indentation from its own list.
            one.getItems().add(item);
            items.add(one);
        }
        return items;
    }

    private static PdfPCell row(PdfPCell frame, Element content, boolean first, boolean last) {
        PdfPCell cell = new PdfPCell();
        cell.cloneNonPositionParameters(frame);
        int sides = frame.getBorder() & (Rectangle.LEFT | Rectangle.RIGHT);
        if (first) {
            sides |= frame.getBorder() & Rectangle.TOP;
        }
        if (last) {
            sides |= frame.getBorder() & Rectangle.BOTTOM;
        }
        cell.setBorder(sides);
        cell.setPaddingLeft(frame.getPaddingLeft());
        cell.setPaddingRight(frame.getPaddingRight());
        // A cell leaves out the space above its first element; here that space is the row's top padding.
        cell.setPaddingTop(first ? frame.getPaddingTop() : spaceAbove(content));
        cell.setPaddingBottom(last ? frame.getPaddingBottom() : 0);
        cell.addElement(content);
        return cell;
    }

    private static float spaceAbove(Element element) {
        return switch (element) {
            case Paragraph paragraph -> paragraph.getSpacingBefore();
            case PdfPTable table -> table.spacingBefore();
            default -> 0;
        };
    }
}
