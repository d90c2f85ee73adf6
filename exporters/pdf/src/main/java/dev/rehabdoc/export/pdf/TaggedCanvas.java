package dev.rehabdoc.export.pdf;

import org.openpdf.text.DocumentException;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfGlyphArray;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfTextArray;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A content stream that marks what is drawn on it as it is drawn: text as content of the structure element its chunk
 * belongs to, a handout's pictures as their figures, and every line, box and other picture as an artifact. OpenPDF
 * lays a handout out on canvases of this kind, so that no text reaches a page without its place in the structure.
 */
final class TaggedCanvas extends PdfContentByte {
    /** What content that is no part of the handout's structure (rules, frames, page numbers) is marked as. */
    static final PdfName ARTIFACT = new PdfName("Artifact");

    private final Structure structure;
    /** Marked-content sequences open on this canvas. */
    private int depth;
    /** The element whose text is open on this canvas, inside a text object. */
    private PdfStructureElement open;
    /** Whether the open sequence is an artifact around a path, ended when the path is painted. */
    private boolean pathArtifact;

    TaggedCanvas(PdfWriter writer, Structure structure) {
        super(writer);
        this.structure = structure;
    }

    @Override
    public PdfContentByte getDuplicate() {
        return new TaggedCanvas(writer, structure);
    }

    @Override
    public void beginMarkedContentSequence(PdfStructureElement struc, PdfDictionary dict) {
        super.beginMarkedContentSequence(struc, dict);
        depth++;
    }

    @Override
    public void beginMarkedContentSequence(PdfName tag, PdfDictionary property, boolean inline) {
        super.beginMarkedContentSequence(tag, property, inline);
        depth++;
    }

    @Override
    public void endMarkedContentSequence() {
        super.endMarkedContentSequence();
        depth--;
    }

    // Text: each run inside the sequence of its element.

    @Override
    public void showText(String text) {
        markText();
        super.showText(text);
    }

    @Override
    public void showText(PdfTextArray text) {
        markText();
        super.showText(text);
    }

    @Override
    public void showText(PdfGlyphArray glyphs) {
        markText();
        super.showText(glyphs);
    }

    @Override
    public void showText(java.awt.font.GlyphVector glyphVector, int beginIndex, int endIndex) {
        markText();
        super.showText(glyphVector, beginIndex, endIndex);
    }

    @Override
    public void endText() {
        if (open != null) {
            endMarkedContentSequence();
            open = null;
        }
        super.endText();
    }

    private void markText() {
        PdfStructureElement element = structure.current();
        if (open != null) {
            if (open == element) {
                return;
            }
            endMarkedContentSequence();
            open = null;
        }
        if (depth > 0) {
            return; // inside an artifact the caller opened, such as the page footer
        }
        if (element == null) {
            throw new IllegalStateException("text drawn before any tagged chunk: every chunk must carry a generic tag");
        }
        beginMarkedContentSequence(element);
        open = element;
    }

    // Pictures: a handout's own as its figure, any other as an artifact.

    @Override
    public void addImage(Image image, float a, float b, float c, float d, float e, float f, boolean inlineImage)
            throws DocumentException {
        endPathArtifact();
        if (depth > 0) {
            super.addImage(image, a, b, c, d, e, f, inlineImage); // inside a sequence the caller opened
            return;
        }
        PdfStructureElement figure = structure.figureDrawn(image);
        if (figure != null) {
            beginMarkedContentSequence(figure);
        } else {
            beginMarkedContentSequence(ARTIFACT);
        }
        super.addImage(image, a, b, c, d, e, f, inlineImage);
        endMarkedContentSequence();
    }

    // Paths (rules, frames, box backgrounds, underlines): artifacts from their first point to their painting.

    @Override
    public void moveTo(float x, float y) {
        beginPathArtifact();
        super.moveTo(x, y);
    }

    @Override
    public void rectangle(float x, float y, float w, float h) {
        beginPathArtifact();
        super.rectangle(x, y, w, h);
    }

    @Override
    public void stroke() {
        super.stroke();
        endPathArtifact();
    }

    @Override
    public void closePathStroke() {
        super.closePathStroke();
        endPathArtifact();
    }

    @Override
    public void fill() {
        super.fill();
        endPathArtifact();
    }

    @Override
    public void eoFill() {
        super.eoFill();
        endPathArtifact();
    }

    @Override
    public void fillStroke() {
        super.fillStroke();
        endPathArtifact();
    }

    @Override
    public void closePathFillStroke() {
        super.closePathFillStroke();
        endPathArtifact();
    }

    @Override
    public void eoFillStroke() {
        super.eoFillStroke();
        endPathArtifact();
    }

    @Override
    public void closePathEoFillStroke() {
        super.closePathEoFillStroke();
        endPathArtifact();
    }

    @Override
    public void newPath() {
        super.newPath();
        endPathArtifact();
    }

    private void beginPathArtifact() {
        if (depth == 0) {
            beginMarkedContentSequence(ARTIFACT);
            pathArtifact = true;
        }
    }

    private void endPathArtifact() {
        if (pathArtifact) {
            pathArtifact = false;
            endMarkedContentSequence();
        }
    }
}
