package dev.rehabdoc.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class CellStylesTest {

    @Test
    void textStartingLikeAFormulaIsQuotePrefixedText() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyles styles = new CellStyles(workbook);
            Cell formulaLike = workbook.createSheet().createRow(0).createCell(0);
            Cell plain = formulaLike.getRow().createCell(1);

            styles.put(formulaLike, "=SUM(A1:A9)", styles.text);
            styles.put(plain, "Sum", styles.text);

            assertThat(formulaLike.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formulaLike.getStringCellValue()).isEqualTo("=SUM(A1:A9)");
            assertThat(formulaLike.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(formulaLike.getCellStyle().getLocked()).isTrue();
            assertThat(plain.getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void aPreparedTextPutIntoManyCellsIsWhatPutWrites() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyles styles = new CellStyles(workbook);
            var row = workbook.createSheet().createRow(0);
            CellStyles.Prepared formulaLike = styles.prepare("=SUM(A1:A9)", styles.wrapped);
            CellStyles.put(row.createCell(0), formulaLike);
            CellStyles.put(row.createCell(1), formulaLike);
            styles.put(row.createCell(2), "=SUM(A1:A9)", styles.wrapped);

            for (Cell cell : row) {
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo("=SUM(A1:A9)");
                assertThat(cell.getCellStyle().getIndex()).isEqualTo(row.getCell(2).getCellStyle().getIndex());
                assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
            }
            assertThat(workbook.getSharedStringSource().getUniqueCount()).isEqualTo(1);
            assertThat(workbook.getSharedStringSource().getCount()).isEqualTo(3);
            assertThatThrownBy(() -> styles.prepare("x".repeat(CellStyles.MAX_CELL_TEXT + 1), styles.text))
                    .isInstanceOf(CellStyles.TooLongForCell.class);
        }
    }

    @Test
    void knowsWhatLooksLikeAFormula() {
        assertThat(CellStyles.looksLikeFormula("=1")).isTrue();
        assertThat(CellStyles.looksLikeFormula("+1")).isTrue();
        assertThat(CellStyles.looksLikeFormula("-1")).isTrue();
        assertThat(CellStyles.looksLikeFormula("@x")).isTrue();
        assertThat(CellStyles.looksLikeFormula("a=1")).isFalse();
        assertThat(CellStyles.looksLikeFormula("")).isFalse();
    }

    @Test
    void refusesTextLongerThanACell() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyles styles = new CellStyles(workbook);
            Cell cell = workbook.createSheet().createRow(0).createCell(0);
            assertThatThrownBy(() -> styles.put(cell, "x".repeat(CellStyles.MAX_CELL_TEXT + 1), styles.text))
                    .isInstanceOf(CellStyles.TooLongForCell.class)
                    .hasMessage("32768 characters; an Excel cell holds at most 32767");
        }
    }

    @Test
    void estimatesWrappedLines() {
        assertThat(CellStyles.lines("short", 30)).isEqualTo(1);
        assertThat(CellStyles.lines("x".repeat(70), 30)).isEqualTo(2);
        assertThat(CellStyles.lines("x".repeat(90), 30)).isEqualTo(3);
        assertThat(CellStyles.lines("a\nb\nc", 30)).isEqualTo(3);
        assertThat(CellStyles.height(2)).isEqualTo(30f);
    }
}
