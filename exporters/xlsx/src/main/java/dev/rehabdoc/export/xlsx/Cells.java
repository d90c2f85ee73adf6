package dev.rehabdoc.export.xlsx;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * What a log's cells hold, read by their type and never through their number format: a format decides only how a
 * value looks, and formats that a user may set hide ({@code ;;;}), round ({@code 0}) or replace ({@code "x"}) what
 * was typed, or make POI's formatter fail and print its stack trace.
 */
final class Cells {
    private Cells() {
    }

    /** The cell at {@code row} and {@code column} of {@code sheet}, or null when there is none. */
    static Cell at(Sheet sheet, int row, int column) {
        Row line = sheet.getRow(row);
        return line == null ? null : line.getCell(column);
    }

    /**
     * The cell's value as text: a text as typed, a number in plain digits ({@code 2.5}, {@code 12}), a date in ISO
     * form, TRUE or FALSE, an error as Excel writes it; a formula's last value; empty for no cell or an empty one.
     */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(cell.getNumericCellValue())
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : number(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> error(cell.getErrorCellValue());
            case BLANK, FORMULA, _NONE -> "";
        };
    }

    /** Whether the cell holds nothing, or only spaces. */
    static boolean blank(Cell cell) {
        return text(cell).isBlank();
    }

    /** A number as a person reads it: whole numbers without a fraction, others with just the digits they have. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
        return Math.abs(value) < 1e15 ? exact.toPlainString() : exact.toString();
    }

    private static String error(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#N/A";
        }
    }
}
