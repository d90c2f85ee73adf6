package dev.rehabdoc.export.pdf;

import dev.rehabdoc.export.ExportException;
import dev.rehabdoc.export.pdf.FontFiles.Face;
import java.awt.Color;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * The type a handout is set in: sizes, faces and colours for normal or large print, and the check that every
 * character printed has a glyph in its font.
 *
 * <p>Normal print sets body text in 12 pt Liberation Serif under Liberation Sans headings. Large print follows
 * low-vision print guidance: everything in 18 pt or larger bold sans serif, no italics.
 */
final class Typography {
    static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    static final Color ACCENT = new Color(0x0B, 0x4F, 0x6C);
    static final Color MUTED = new Color(0x4A, 0x55, 0x5C);
    static final Color WARNING = new Color(0xA3, 0x1F, 0x1A);
    static final Color WARNING_PAPER = new Color(0xFD, 0xEC, 0xEA);
    static final Color QUIET_PAPER = new Color(0xF1, 0xF5, 0xF7);

    final boolean largePrint;
    /** The space left and right of the text. */
    final float margin;
    final float bodySize;
    final Font title;
    final Font subtitle;
    final Font heading;
    final Font exerciseHeading;
    final Font label;
    final Font body;
    final Font quote;
    final Font caption;
    final Font warningHeading;
    final BaseFont footerFont;
    final float footerSize;

    private Typography(FontFiles files, boolean largePrint) {
        this.largePrint = largePrint;
        BaseFont sansBold = files.font(Face.SANS_BOLD);
        margin = largePrint ? 54 : 64;
        if (largePrint) {
            bodySize = 18;
            title = new Font(sansBold, 28, Font.NORMAL, ACCENT);
            subtitle = new Font(sansBold, 20, Font.NORMAL, MUTED);
            heading = new Font(sansBold, 24, Font.NORMAL, ACCENT);
            exerciseHeading = new Font(sansBold, 22, Font.NORMAL, INK);
            label = new Font(sansBold, 18, Font.NORMAL, ACCENT);
            body = new Font(sansBold, 18, Font.NORMAL, INK);
            quote = new Font(sansBold, 18, Font.NORMAL, INK);
            caption = new Font(sansBold, 18, Font.NORMAL, MUTED);
            warningHeading = new Font(sansBold, 22, Font.NORMAL, WARNING);
            footerFont = sansBold;
            footerSize = 18;
        } else {
            BaseFont sans = files.font(Face.SANS);
            BaseFont serif = files.font(Face.SERIF);
            bodySize = 12;
            title = new Font(sansBold, 24, Font.NORMAL, ACCENT);
            subtitle = new Font(files.font(Face.SANS_ITALIC), 14, Font.NORMAL, MUTED);
            heading = new Font(sansBold, 16, Font.NORMAL, ACCENT);
            exerciseHeading = new Font(sansBold, 14, Font.NORMAL, INK);
            label = new Font(sansBold, 12, Font.NORMAL, INK);
            body = new Font(serif, 12, Font.NORMAL, INK);
            quote = new Font(files.font(Face.SERIF_ITALIC), 12, Font.NORMAL, INK);
            caption = new Font(sans, 11, Font.NORMAL, MUTED);
            warningHeading = new Font(sansBold, 16, Font.NORMAL, WARNING);
            footerFont = sans;
            footerSize = 10;
        }
    }

    /** The type of one document, in the export's shared fonts. */
    static Typography of(FontFiles files, boolean largePrint) {
        return new Typography(files, largePrint);
    }

    /** Space between lines of text set in {@code font}. */
    float leading(Font font) {
        return font.getSize() * (largePrint ? 1.4f : 1.35f);
    }

    /**
     * Returns {@code text} when {@code font} has a glyph for each of its characters.
     *
     * @throws ExportException naming the text and the first character the font cannot print
     */
    static String printable(String text, BaseFont font) throws ExportException {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (!Character.isISOControl(codePoint) && !font.charExists(codePoint)) {
                throw new ExportException("cannot print \"" + text + "\": the font " + FontFiles.familyOf(font)
                        + " has no glyph for '" + Character.toString(codePoint) + "' (U+"
                        + String.format("%04X", codePoint) + ")");
            }
            i += Character.charCount(codePoint);
        }
        return text;
    }
}
