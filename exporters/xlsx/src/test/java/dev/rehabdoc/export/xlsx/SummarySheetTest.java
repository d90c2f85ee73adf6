package dev.rehabdoc.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehabdoc.testing.SyntheticCatalogs;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummarySheetTest {
    @TempDir
    Path out;

    @Test
    void storedResultsAreWhatAnEvaluatorComputesForAnEmptyLog() throws Exception {
        Fixtures.export(SyntheticCatalogs.generate(6, 2), Fixtures.OPTIONS, out);
        Path file = out.resolve("program-program-1.xlsx");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Map<String, String> stored = results(workbook);
            assertThat(stored).hasSizeGreaterThan(50);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            assertThat(results(workbook)).isEqualTo(stored);
        }
    }

    private static Map<String, String> results(XSSFWorkbook workbook) {
        Map<String, String> results = new LinkedHashMap<>();
        for (Row row : workbook.getSheet(LogLayout.SUMMARY_SHEET)) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.FORMULA) {
                    results.put(cell.getAddress().formatAsString(), switch (cell.getCachedFormulaResultType()) {
                        case NUMERIC -> "number " + cell.getNumericCellValue();
                        case STRING -> "text '" + cell.getStringCellValue() + "'";
                        case ERROR -> "error " + cell.getErrorCellValue();
                        default -> cell.getCachedFormulaResultType().toString();
                    });
                }
            }
        }
        return results;
    }
}
