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

    @Test
    void theChartsAlternativeTextGivesItsTitleAndWhatItShows() {
        assertThat(SummarySheet.chartDescription(6)).isEqualTo("Line chart, Average pain by week: the average pain "
                + "before and after the exercises in each of the 6 weeks of the program, on a scale from 0 (no pain) "
                + "to 10 (worst imaginable), one line each, as the By week table above lists them. A week with no "
                + "pain recorded has no point.");
        assertThat(SummarySheet.chartDescription(1)).contains("each of the 1 week of the program");
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
