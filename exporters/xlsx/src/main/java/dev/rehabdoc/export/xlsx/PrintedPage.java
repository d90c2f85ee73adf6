package dev.rehabdoc.export.xlsx;

import dev.rehabdoc.export.PageSize;
import dev.rehabdoc.model.Clinic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;

/** How every sheet rehabdoc writes prints: landscape, on the paper of the handouts, one page wide. */
final class PrintedPage {
    /** The most characters a sheet's header holds, codes included (Excel's limit). */
    private static final int HEADER_LIMIT = 255;
    /** The characters of the codes ({@code &L}, {@code &R}) that a header with a left and a right part adds. */
    private static final int HEADER_CODES = 4;
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

    /**
     * Prints the clinic's name at the top left of every page of {@code sheet} and its contacts at the top right, as
     * many as the 255 characters a header holds allow; nothing without a clinic.
     */
    static void clinicHeader(Sheet sheet, Optional<Clinic> clinic) {
        if (clinic.isEmpty()) {
            return;
        }
        String name = escaped(clinic.get().name().strip());
        List<String> contacts = new ArrayList<>();
        for (String contact : clinic.get().contacts()) {
            String longer = String.join("  \u00B7  ", contacts) + (contacts.isEmpty() ? "" : "  \u00B7  ") + escaped(contact);
            if (name.length() + longer.length() + HEADER_CODES > HEADER_LIMIT) {
                break;
            }
            contacts.add(escaped(contact));
        }
        if (name.length() + HEADER_CODES <= HEADER_LIMIT) {
            sheet.getHeader().setLeft(name);
        }
        if (!contacts.isEmpty()) {
            sheet.getHeader().setRight(String.join("  \u00B7  ", contacts));
        }
    }

    /** A text as a header shows it: {@code &} starts a code there, so a written one is doubled. */
    private static String escaped(String text) {
        return text.replace("&", "&&");
    }

    /** The spreadsheet's code for a paper: 9 for A4, 1 for Letter (ECMA-376, pageSetup paperSize). */
    static short paperSize(PageSize paper) {
        return switch (paper) {
            case A4 -> PrintSetup.A4_PAPERSIZE;
            case LETTER -> PrintSetup.LETTER_PAPERSIZE;
        };
    }
}
