package dev.rehabdoc.export.xlsx;

import dev.rehabdoc.export.PageSize;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;

/** How every sheet rehabdoc writes prints: landscape, on the paper of the handouts, one page wide. */
final class PrintedPage {
    private PrintedPage() {
    }

    /** Sets {@code sheet} to print landscape on {@code paper}, as wide as one page and as long as it needs. */
    static void landscape(Sheet sheet, PageSize paper) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setLandscape(true);
        setup.setPaperSize(paperSize(paper));
        sheet.setFitToPage(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
    }

    /** The spreadsheet's code for a paper: 9 for A4, 1 for Letter (ECMA-376, pageSetup paperSize). */
    static short paperSize(PageSize paper) {
        return switch (paper) {
            case A4 -> PrintSetup.A4_PAPERSIZE;
            case LETTER -> PrintSetup.LETTER_PAPERSIZE;
        };
    }
}
