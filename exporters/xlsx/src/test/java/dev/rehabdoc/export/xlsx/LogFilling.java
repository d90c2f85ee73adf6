package dev.rehabdoc.export.xlsx;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Types into an exported log the way a physiotherapist would, for tests. */
final class LogFilling {

    private LogFilling() {
    }

    /** Fills the input cells of one Log row; null leaves a cell as it is. */
    static void fill(Path file, int row, String done, Integer sets, Integer reps, Integer painBefore, Integer painAfter,
            String notes) throws Exception {
        edit(file, workbook -> {
            Row line = workbook.getSheet(LogLayout.LOG_SHEET).getRow(row);
            if (done != null) {
                line.getCell(LogLayout.DONE).setCellValue(done);
            }
            set(line.getCell(LogLayout.SETS), sets);
            set(line.getCell(LogLayout.REPS_OR_MINUTES), reps);
            set(line.getCell(LogLayout.PAIN_BEFORE), painBefore);
            set(line.getCell(LogLayout.PAIN_AFTER), painAfter);
            if (notes != null) {
                line.getCell(LogLayout.NOTES).setCellValue(notes);
            }
        });
    }

    /** Opens, changes and saves a workbook. */
    static void edit(Path file, Edit edit) throws Exception {
        XSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
        try (workbook) {
            edit.apply(workbook);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    private static void set(Cell cell, Integer value) {
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    /** A change to a workbook. */
    @FunctionalInterface
    interface Edit {
        void apply(XSSFWorkbook workbook) throws Exception;
    }
}
