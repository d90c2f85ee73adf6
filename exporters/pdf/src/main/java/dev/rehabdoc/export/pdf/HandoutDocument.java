package dev.rehabdoc.export.pdf;

import dev.rehabdoc.export.ExportOptions;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * One tagged PDF/A-2A and PDF/UA-1 handout being written: the page size and margins, the metadata, the page footer,
 * and the fixed dates and file id that make the same content give the same bytes.
 */
final class HandoutDocument {
    private final Document document;
    private final PdfWriter writer;
    private final Typesetter typesetter;

    private HandoutDocument(Document document, PdfWriter writer, Typesetter typesetter) {
        this.document = document;
        this.writer = writer;
        this.typesetter = typesetter;
    }

    /** Opens a handout writing to {@code out}; the footer's words must already be checked against the footer font. */
    static HandoutDocument open(OutputStream out, HandoutInfo info, ExportOptions options, Typography type,
            Pictures pictures) throws IOException {
        Rectangle paper = new Rectangle(options.handouts().pageSize().width(), options.handouts().pageSize().height());
        Document document = new Document(paper, type.margin, type.margin, 56, 56 + type.footerSize * 3.5f);

        PdfWriter writer = TaggedPages.writer(document, out);
        writer.setPDFXConformance(PdfWriter.PDFA2A);
        writer.setCompressionLevel(Compression.LEVEL);
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
        writer.setPageEvent(new PageFooter(type.footerFont, type.footerSize, info.shortName(), info.clinic()));
        document.addTitle(info.title());
        document.addSubject(info.subject());
        document.addKeywords(String.join(", ", info.keywords()));
        document.addAuthor(info.author());
        document.addCreator("rehabdoc " + options.version());
        document.open();

        PdfDate date = new PdfDate(GregorianCalendar.from(ZonedDateTime.ofInstant(options.timestamp(), ZoneOffset.UTC)));
        writer.getInfo().put(PdfName.CREATIONDATE, date);
        writer.getInfo().put(PdfName.MODDATE, date);
        byte[] id = fileId(info, options);
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("en"));
        writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                ICC_Profile.getInstance(ColorSpace.CS_sRGB));
        return new HandoutDocument(document, writer, new Typesetter(type, writer, pictures));
    }

    /** Makes the elements of this handout. */
    Typesetter typesetter() {
        return typesetter;
    }

    /**
     * Adds an element at the current position, flowing onto new pages as needed. A block to keep on one page that is
     * taller than a page is set as a {@link TallBlock}, which breaks between pages in time linear in its length.
     */
    void add(Element element) {
        if (element instanceof PdfPTable block && block.getKeepTogether() && !fitsAPage(block)) {
            // Such a block breaks between pages wherever it starts: moving it to a new page would leave the rest of
            // this one empty, unless too little is left for its first lines.
            float roomLeft = writer.getVerticalPosition(true) - document.bottom();
            document.add(TallBlock.splittable(block, roomLeft >= (document.top() - document.bottom()) / 4));
        } else {
            document.add(element);
        }
    }

    /** Adds elements one after the other. */
    void addAll(List<? extends Element> elements) {
        elements.forEach(this::add);
    }

    /**
     * Whether a block fits on an empty page, measured at the width the document gives it as OpenPDF's own check
     * does, so that a block that fits is then laid out as measured. A block that holds more than a page is told
     * from laying out one page of it.
     */
    private boolean fitsAPage(PdfPTable block) {
        float width = (document.right() - document.left()) * block.getWidthPercentage() / 100;
        float page = document.top() - document.bottom();
        if (TallBlock.isTallerThan(block, width, page)) {
            return false;
        }
        block.setTotalWidth(width);
        return block.getTotalHeight() <= page;
    }

    /** Writes the XMP metadata PDF/A and PDF/UA need and the remaining pages. */
    void close() {
        writer.setXmpMetadata(Metadata.xmp(writer.getInfo()));
        document.close();
    }

    private static byte[] fileId(HandoutInfo info, ExportOptions options) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((info.fileName() + "\n" + info.title() + "\n" + options.timestamp() + "\n"
                    + options.handouts().pageSize() + "\n" + options.handouts().largePrint()).getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK offers no SHA-256", e);
        }
    }
}
