package dev.rehabdoc.export.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/** Test fixture: every font a PDF's pages and the forms drawn on them use, as PDFBox reads them. */
final class FontsUsed {

    record Font(String name, boolean embedded) {
    }

    private FontsUsed() {
    }

    static List<Font> in(PDDocument document) throws IOException {
        List<Font> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            collect(page.getResources(), fonts);
        }
        return fonts;
    }

    private static void collect(PDResources resources, List<Font> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.add(new Font(font.getName(), font.isEmbedded()));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collect(form.getResources(), fonts);
            }
        }
    }
}
