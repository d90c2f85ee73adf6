package dev.rehabdoc.export.pdf;

import java.io.OutputStream;
import java.util.Arrays;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDocument;
import org.openpdf.text.pdf.PdfWriter;

/**
 * OpenPDF's page maker with every content stream a {@link TaggedCanvas}: the text and graphics of each new page and
 * the writer's direct content, on which tables are drawn. The rest of OpenPDF's layout is unchanged, so a tagged
 * handout looks exactly like an untagged one.
 */
final class TaggedPages extends PdfDocument {
    private Structure structure;

    private TaggedPages() {
    }

    /** A tagged writer for {@code document}, writing to {@code out}; its structure is made once it is open. */
    static PdfWriter writer(Document document, OutputStream out) {
        TaggedPages pages = new TaggedPages();
        pages.setTextRenderingOptions(document.getTextRenderingOptions());
        pages.setGlyphLayoutManager(document.getGlyphLayoutManager());
        document.addDocListener(pages);
        Writer writer = new Writer(pages, out);
        try {
            pages.addWriter(writer);
        } catch (DocumentException e) {
            throw new IllegalStateException("a new page maker already had a writer", e);
        }
        writer.setTagged();
        return writer;
    }

    /** The structure of the document {@code writer} (made by {@link #writer}) writes. */
    static Structure structure(PdfWriter writer) {
        return ((Writer) writer).pages.structure();
    }

    private Structure structure() {
        if (structure == null) {
            structure = new Structure(writer);
            writer.setPageEvent(structure);
        }
        return structure;
    }

    @Override
    protected void initPage() throws DocumentException {
        super.initPage();
        retag();
    }

    @Override
    public boolean newPage() {
        boolean made = super.newPage();
        retag();
        return made;
    }

    /**
     * Puts tagged canvases in place of the plain ones OpenPDF has just begun a page with, after checking that they
     * hold no more than the start of a text object at the page's top left.
     */
    private void retag() {
        if (!(graphics instanceof TaggedCanvas)) {
            if (graphics.getInternalBuffer().size() != 0) {
                throw new IllegalStateException("OpenPDF began a page with graphics");
            }
            graphics = new TaggedCanvas(writer, structure());
        }
        if (!(text instanceof TaggedCanvas)) {
            TaggedCanvas tagged = new TaggedCanvas(writer, structure());
            tagged.reset();
            tagged.beginText();
            int empty = tagged.getInternalBuffer().size();
            if (text.getXTLM() != 0 || text.getYTLM() != 0) {
                tagged.moveText(text.getXTLM(), text.getYTLM());
            }
            if (!Arrays.equals(tagged.getInternalBuffer().toByteArray(), text.getInternalBuffer().toByteArray())) {
                throw new IllegalStateException("OpenPDF began a page's text otherwise than at its top left");
            }
            text = tagged;
            textEmptySize = empty;
        }
    }

    /** A writer whose direct content is tagged. */
    private static final class Writer extends PdfWriter {
        private final TaggedPages pages;

        Writer(TaggedPages pages, OutputStream out) {
            super(pages, out);
            this.pages = pages;
        }

        @Override
        public PdfContentByte getDirectContent() {
            if (!(directContent instanceof TaggedCanvas)) {
                PdfContentByte plain = super.getDirectContent();
                if (plain.getInternalBuffer().size() != 0) {
                    throw new IllegalStateException("the direct content was written before it was tagged");
                }
                directContent = new TaggedCanvas(this, pages.structure());
            }
            return directContent;
        }
    }
}
