package dev.rehabdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportLogCommandTest {
    @TempDir
    Path dir;
    Path log;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void exportLogs() {
        assertThat(run("export", "--format", "xlsx", "--out", dir.toString(), "--date", "2026-03-01")).isZero();
        log = dir.resolve("program-lumbar-template.xlsx");
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }

    @Test
    void writesProgressJsonToAFile() throws Exception {
        type(1, "yes", 4);
        Path json = dir.resolve("progress.json");

        assertThat(run("import-log", log.toString(), "--out", json.toString())).isZero();

        assertThat(Files.readString(json)).contains("\"patient\"", "\"done\": \"yes\"", "\"painAfter\": 4");
        assertThat(out.toString()).contains("progress written to " + json);
        assertThat(err.toString()).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void printsProgressWithoutOut() {
        assertThat(run("import-log", log.toString())).isZero();

        assertThat(out.toString()).startsWith("{").contains("\"painTrend\"");
    }

    @Test
    void reportsBadCellsAndWritesNothing() throws Exception {
        type(1, "yes", 12);
        type(2, "sometimes", 3);
        Path json = dir.resolve("progress.json");

        assertThat(run("import-log", log.toString(), "--out", json.toString())).isEqualTo(1);

        assertThat(err.toString()).contains(
                log + ":Log!K2: pain after is 12; it must be a whole number from 0 to 10",
                log + ":Log!G3: done is \"sometimes\"; choose yes, partly or no",
                log + ": 2 problems; nothing was written");
        assertThat(err.toString()).doesNotContain("Exception", "\tat ");
        assertThat(json).doesNotExist();
    }

    @Test
    void aLogWithHundredsOfBadCellsListsTheFirstProblemsAndCountsTheRest() throws Exception {
        XSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(log)) {
            workbook = new XSSFWorkbook(in);
        }
        try (workbook; OutputStream output = Files.newOutputStream(log)) {
            var sheet = workbook.getSheet("Log");
            for (int row = 1; row <= sheet.getLastRowNum(); row++) {
                sheet.getRow(row).getCell(6).setCellValue("maybe");
                sheet.getRow(row).getCell(7).setCellValue("lots");
            }
            workbook.write(output);
        }

        assertThat(run("import-log", log.toString())).isEqualTo(1);

        assertThat(err.toString().lines()).hasSize(ProblemList.MAX_SHOWN + 2).last()
                .isEqualTo(log + ": 288 problems; nothing was written");
        assertThat(err.toString()).contains("... and 88 more; fix these first");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void reportsAMissingFileAndBadUsage() {
        assertThat(run("import-log", dir.resolve("nope.xlsx").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("nope.xlsx: no such file");
        assertThat(run("import-log")).isEqualTo(2);
    }

    @Test
    void exportKeepsALogWithEntriesUnlessForced() throws Exception {
        type(1, "yes", 4);
        byte[] typed = Files.readAllBytes(log);

        assertThat(run("export", "--format", "xlsx", "--out", dir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("program-lumbar-template.xlsx: this exercise log has 1 entry", "--force");
        assertThat(Files.readAllBytes(log)).isEqualTo(typed);

        assertThat(run("export", "--format", "xlsx", "--out", dir.toString(), "--force")).isZero();
        assertThat(Files.readAllBytes(log)).isNotEqualTo(typed);
    }

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /** Types Done and Pain after into a Log row, as a physiotherapist would. */
    private void type(int row, String done, int painAfter) throws Exception {
        XSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(log)) {
            workbook = new XSSFWorkbook(in);
        }
        try (workbook; OutputStream output = Files.newOutputStream(log)) {
            var line = workbook.getSheet("Log").getRow(row);
            line.getCell(6).setCellValue(done);
            line.getCell(10).setCellValue(painAfter);
            workbook.write(output);
        }
    }
}
