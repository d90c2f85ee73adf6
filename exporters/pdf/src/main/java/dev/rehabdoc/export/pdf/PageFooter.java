package dev.rehabdoc.export.pdf;

import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Prints "Page X of Y" and the handout's name at the foot of every page, and under them the clinic's name and
 * contacts when there is a clinic, as a pagination artifact that screen readers skip (the first page says the same in
 * its content); Y is filled in when the document closes.
 */
final class PageFooter extends PdfPageEventHelper {
    private final BaseFont font;
    private final float size;
    private final String name;
    private final List<String> clinic;
    private String clinicLine = "";
    private PdfTemplate total;
    private int lastPage;

    /**
     * A footer with {@code name} and the {@code clinic}'s words (its name, then its contacts; empty for none), whose
     * characters the caller has checked against {@code font}.
     */
    PageFooter(BaseFont font, float size, String name, List<String> clinic) {
        this.font = font;
        this.size = size;
        this.name = name;
        this.clinic = List.copyOf(clinic);
    }

    /**
     * The words joined by middle dots, leaving out the last ones until the line is at most {@code width} wide; the
     * first (the clinic's name) always stays.
     */
    static String fitted(List<String> words, BaseFont font, float size, float width) {
        for (int kept = words.size(); kept > 1; kept--) {
            String line = String.join(Typesetter.MIDDLE_DOT, words.subList(0, kept));
            if (font.getWidthPoint(line, size) <= width) {
                return line;
            }
        }
        return words.getFirst();
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(font.getWidthPoint("0000", size), size * 1.3f);
        if (!clinic.isEmpty()) {
            clinicLine = fitted(clinic, font, size, document.right() - document.left());
        }
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
        if (!clinicLine.isEmpty()) {
            clinicLine(canvas, document, baseline - size * 1.35f);
        }
        canvas.restoreState();
        canvas.endMarkedContentSequence();
    }

    /**
     * The clinic's line, as much of it as fits the width; a name wider than the page on its own is set smaller, which
     * only a name of well over a hundred letters needs.
     */
    private void clinicLine(PdfContentByte canvas, Document document, float baseline) {
        float width = document.right() - document.left();
        float shown = Math.min(size, size * width / font.getWidthPoint(clinicLine, size));
        canvas.beginText();
        canvas.setFontAndSize(font, shown);
        canvas.setTextMatrix(document.left(), baseline);
        canvas.showText(clinicLine);
        canvas.endText();
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
