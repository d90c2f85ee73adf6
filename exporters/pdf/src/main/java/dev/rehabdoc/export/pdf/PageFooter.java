package dev.rehabdoc.export.pdf;

import org.openpdf.text.Document;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Prints "Page X of Y" and the handout's name at the foot of every page, as a pagination artifact that screen readers
 * skip; Y is filled in when the document closes.
 */
final class PageFooter extends PdfPageEventHelper {
    private final BaseFont font;
    private final float size;
    private final String name;
    private PdfTemplate total;
    private int lastPage;

    /** A footer with {@code name}, whose characters the caller has checked against {@code font}. */
    PageFooter(BaseFont font, float size, String name) {
        this.font = font;
        this.size = size;
        this.name = name;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(font.getWidthPoint("0000", size), size * 1.3f);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        lastPage = writer.getPageNumber();
        PdfContentByte canvas = writer.getDirectContent();
        float baseline = document.bottom() - size * 2.2f;
        String label = "Page " + lastPage + " of ";
        float labelWidth = font.getWidthPoint(label, size);

        PdfDictionary pagination = new PdfDictionary();
        pagination.put(PdfName.TYPE, new PdfName("Pagination"));
        pagination.put(PdfName.SUBTYPE, new PdfName("Footer"));
        canvas.beginMarkedContentSequence(TaggedCanvas.ARTIFACT, pagination, true);
        canvas.saveState();
        canvas.setColorStroke(Typography.MUTED);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(document.left(), baseline + size * 1.4f);
        canvas.lineTo(document.right(), baseline + size * 1.4f);
        canvas.stroke();
        canvas.beginText();
        canvas.setColorFill(Typography.MUTED);
        canvas.setFontAndSize(font, size);
        canvas.setTextMatrix(document.left(), baseline);
        canvas.showText(label);
        canvas.endText();
        canvas.addTemplate(total, document.left() + labelWidth, baseline - size * 0.25f);
        float nameWidth = font.getWidthPoint(name, size);
        float room = document.right() - document.left() - labelWidth - font.getWidthPoint("0000", size);
        if (nameWidth + size * 2 <= room) {
            canvas.beginText();
            canvas.setFontAndSize(font, size);
            canvas.setTextMatrix(document.right() - nameWidth, baseline);
            canvas.showText(name);
            canvas.endText();
        }
        canvas.restoreState();
        canvas.endMarkedContentSequence();
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setColorFill(Typography.MUTED);
        total.setFontAndSize(font, size);
        total.setTextMatrix(0, size * 0.25f);
        total.showText(Integer.toString(lastPage));
        total.endText();
    }
}
