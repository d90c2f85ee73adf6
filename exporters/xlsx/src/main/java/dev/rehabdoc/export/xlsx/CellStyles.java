package dev.rehabdoc.export.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTStylesheet;

/**
 * The cell styles of one workbook, made once each: POI keeps every style made, so styles are shared, never made
 * per cell. Text that would read as a formula gets a quote-prefixed twin of its style, so that editing the cell
 * later keeps it text.
 */
final class CellStyles {
    /** Excel's limit for the text of one cell. */
    static final int MAX_CELL_TEXT = 32_767;

    final CellStyle title;
    final CellStyle header;
    final CellStyle label;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle number;
    final CellStyle count;
    final CellStyle date;
    final CellStyle percent;
    final CellStyle decimal;
    final CellStyle note;
    final CellStyle textInput;
    final CellStyle numberInput;
    final CellStyle choiceInput;

    private final Workbook workbook;
    private final Map<CellStyle, CellStyle> quoted = new HashMap<>();

    CellStyles(Workbook workbook) {
        this.workbook = workbook;
        nameNormalStyle(workbook);
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 14);
        Font grey = workbook.createFont();
        grey.setItalic(true);
        // Dark grey: the 50% grey notes had before stands 3.9:1 against white, under the 4.5:1 that WCAG asks of text.
        grey.setColor(IndexedColors.GREY_80_PERCENT.getIndex());

        title = style(true, false);
        title.setFont(large);
        header = style(true, true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        label = style(true, false);
        label.setFont(bold);
        text = style(true, false);
        wrapped = style(true, true);
        number = style(true, false);
        number.setAlignment(HorizontalAlignment.CENTER);
        count = style(true, false);
        count.setAlignment(HorizontalAlignment.LEFT);
        date = style(true, false);
        date.setDataFormat(workbook.createDataFormat().getFormat("ddd d mmm yyyy"));
        date.setAlignment(HorizontalAlignment.LEFT);
        percent = style(true, false);
        percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
        percent.setAlignment(HorizontalAlignment.CENTER);
        decimal = style(true, false);
        decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        decimal.setAlignment(HorizontalAlignment.CENTER);
        // Not wrapped: a note is a sentence in one cell that shows across the empty cells to its right.
        note = style(true, false);
        note.setFont(grey);
        textInput = input(true);
        numberInput = input(false);
        numberInput.setAlignment(HorizontalAlignment.CENTER);
        choiceInput = input(false);
        choiceInput.setAlignment(HorizontalAlignment.CENTER);
    }

    /**
     * Writes text as a text cell, never a formula, with a quote-prefixed style when it starts like a formula.
     *
     * @throws TooLongForCell when the text does not fit in a cell
     */
    void put(Cell cell, String value, CellStyle style) throws TooLongForCell {
        write(cell, checked(value), style);
    }

    /** Writes one of rehabdoc's own labels, a short fixed text, as {@link #put(Cell, String, CellStyle)} would. */
    void putLabel(Cell cell, String label, CellStyle style) {
        if (label.length() > MAX_CELL_TEXT) {
            throw new IllegalArgumentException("a label longer than a cell holds: " + label.length());
        }
        write(cell, label, style);
    }

    private void write(Cell cell, String text, CellStyle style) {
        cell.setCellValue(text);
        cell.setCellStyle(styleFor(text, style));
    }

    /**
     * Checks a text once and makes it ready to put into many cells, as {@link #put(Cell, String, CellStyle)} would:
     * the Log repeats each exercise's name and dose in every session, and POI builds a rich text per string put.
     *
     * @throws TooLongForCell when the text does not fit in a cell
     */
    Prepared prepare(String value, CellStyle style) throws TooLongForCell {
        String text = checked(value);
        return new Prepared(workbook.getCreationHelper().createRichTextString(text), styleFor(text, style));
    }

    /** Writes a prepared text. */
    static void put(Cell cell, Prepared text) {
        cell.setCellValue(text.text());
        cell.setCellStyle(text.style());
    }

    /** The style a text is shown with: {@code style}, quoted when the text would otherwise be taken for a formula. */
    private CellStyle styleFor(String text, CellStyle style) {
        return looksLikeFormula(text) ? quoted(style) : style;
    }

    private static String checked(String value) throws TooLongForCell {
        String text = value == null ? "" : value;
        if (text.length() > MAX_CELL_TEXT) {
            throw new TooLongForCell(text.length());
        }
        return text;
    }

    /**
     * About how many lines {@code text} takes when wrapped in a column {@code width} characters wide; spreadsheets
     * do not grow rows for wrapped text on their own when a file is opened, so the writer sets row heights.
     */
    static int lines(String text, int width) {
        int perLine = Math.max(1, width * 7 / 5 - 1);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, (paragraph.length() + perLine - 1) / perLine);
        }
        return lines;
    }

    /** The height in points of a row showing this many lines of the default font. */
    static float height(int lines) {
        return Math.max(1, lines) * 15f;
    }

    /** Whether a spreadsheet would take typed text starting this way for a formula. */
    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
    }

    private CellStyle quoted(CellStyle style) {
        return quoted.computeIfAbsent(style, base -> {
            CellStyle twin = workbook.createCellStyle();
            twin.cloneStyleFrom(base);
            twin.setQuotePrefixed(true);
            return twin;
        });
    }

    private CellStyle style(boolean locked, boolean wrap) {
        CellStyle style = workbook.createCellStyle();
        style.setLocked(locked);
        style.setWrapText(wrap);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private CellStyle input(boolean wrap) {
        CellStyle style = style(false, wrap);
        style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.HAIR);
        style.setBottomBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
        return style;
    }

    /** A checked text and the style it is shown with; POI copies the text into each cell's workbook table. */
    record Prepared(RichTextString text, CellStyle style) {
    }

    /**
     * Text longer than a cell holds. Checked, and turned into an {@link dev.rehabdoc.export.ExportException} naming
     * the content by the workbook that meets it, so it never crosses the export target as something else.
     */
    static final class TooLongForCell extends Exception {
        private static final long serialVersionUID = 1L;

        TooLongForCell(int length) {
            this(length + " characters; an Excel cell holds at most " + MAX_CELL_TEXT);
        }

        TooLongForCell(String message) {
            super(message);
        }
    }

    /**
     * Names the workbook's base cell format (cellStyleXfs 0, which every style POI makes is built on) as the built-in
     * "Normal" style. POI writes no cellStyles at all; Excel and LibreOffice then supply one themselves, while openpyxl
     * warns "Workbook contains no default style" on every file.
     */
    static void nameNormalStyle(Workbook workbook) {
        XSSFWorkbook xssf = workbook instanceof SXSSFWorkbook streamed ? streamed.getXSSFWorkbook()
                : (XSSFWorkbook) workbook;
        CTStylesheet stylesheet = xssf.getStylesSource().getCTStylesheet();
        // POI's trimmed schema jar has no class for cellStyles, so the element is written through a cursor; the
        // stylesheet's schema puts the parts POI adds when it writes (fonts, cellXfs, dxfs) in their places around it.
        String main = stylesheet.getDomNode().getNamespaceURI();
        try (XmlCursor cursor = stylesheet.newCursor()) {
            cursor.toEndToken();
            cursor.beginElement(new QName(main, "cellStyles"));
            cursor.insertAttributeWithValue("count", "1");
            cursor.beginElement(new QName(main, "cellStyle"));
            cursor.insertAttributeWithValue("name", "Normal");
            cursor.insertAttributeWithValue("xfId", "0");
            cursor.insertAttributeWithValue("builtinId", "0");
        }
    }
}
