package dev.rehabdoc.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rehabdoc.export.LogImporter;
import dev.rehabdoc.export.LogImporter.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class ExerciseLogReaderTest {
    @TempDir
    static Path exported;

    @TempDir
    Path work;
    Path log;

    @BeforeAll
    static void exportOnce() throws Exception {
        Fixtures.export(Fixtures.seed(), Fixtures.OPTIONS, exported);
    }

    @BeforeEach
    void freshLog() throws Exception {
        log = work.resolve("log.xlsx");
        Files.copy(exported.resolve("program-lumbar-template.xlsx"), log);
    }

    @Test
    void readsWhatWasTypedIntoProgress() throws Exception {
        fillAFewSessions(log);

        LogImporter.Result result = new ExerciseLogReader().read(log, "log.xlsx");

        assertThat(result.problems()).isEmpty();
        JsonNode progress = new ObjectMapper().readTree(result.json());
        assertThat(progress.path("program").path("title").asString())
                .isEqualTo("Pinched nerve in the lower back - template");
        assertThat(progress.path("program").path("weeks").asInt()).isEqualTo(6);
        assertThat(progress.path("program").path("start").isNull()).isTrue();
        JsonNode sessions = progress.path("sessions");
        assertThat(sessions.size()).isEqualTo(3);
        JsonNode walking = sessions.get(0).path("exercises").get(0);
        assertThat(walking.path("name").asString()).isEqualTo("Slow walking");
        assertThat(walking.path("done").asString()).isEqualTo("yes");
        assertThat(walking.path("sets").asInt()).isEqualTo(2);
        assertThat(walking.path("repsOrMinutes").asInt()).isEqualTo(10);
        assertThat(walking.path("painBefore").asInt()).isEqualTo(6);
        assertThat(walking.path("painAfter").asInt()).isEqualTo(4);
        assertThat(walking.path("notes").asString()).isEqualTo("=felt fine");
        assertThat(sessions.get(0).path("exercises").get(1).path("sets").isNull()).isTrue();
        assertThat(sessions.get(2).path("week").asInt()).isEqualTo(6);

        JsonNode week1 = progress.path("weeks").get(0);
        assertThat(week1.path("planned").asInt()).isEqualTo(24);
        assertThat(week1.path("recorded").asInt()).isEqualTo(3);
        assertThat(week1.path("adherence").asDouble()).isEqualTo(0.5);
        assertThat(week1.path("averagePainBefore").asDouble()).isEqualTo(7.0);
        assertThat(week1.path("averagePainAfter").asDouble()).isEqualTo(5.5);
        assertThat(progress.path("weeks").get(1).path("adherence").isNull()).isTrue();
        assertThat(progress.path("exercises").get(0).path("recorded").asInt()).isEqualTo(2);
        assertThat(progress.path("painTrend").path("direction").asString()).isEqualTo("falling");
        assertThat(progress.path("painTrend").path("changePerWeek").asDouble()).isEqualTo(-0.9);
    }

    @Test
    void reportsEveryBadCellByAddress() throws Exception {
        LogFilling.fill(log, 1, "yes", null, null, null, 12, null);
        LogFilling.edit(log, workbook -> {
            XSSFSheet sheet = workbook.getSheet("Log");
            sheet.getRow(2).getCell(LogLayout.SETS).setCellValue("three");
            sheet.getRow(3).getCell(LogLayout.DONE).setCellValue("maybe");
            sheet.getRow(4).getCell(LogLayout.REPS_OR_MINUTES).setCellValue(2.5);
            sheet.getRow(5).getCell(LogLayout.PAIN_BEFORE).setCellFormula("1+1");
        });

        LogImporter.Result result = new ExerciseLogReader().read(log, "log.xlsx");

        assertThat(result.ok()).isFalse();
        assertThat(result.json()).isEmpty();
        assertThat(result.problems()).map(Problem::toString).containsExactly(
                "log.xlsx:Log!K2: pain after is 12; it must be a whole number from 0 to 10",
                "log.xlsx:Log!H3: sets is the text \"three\"; type a whole number from 0 to 999",
                "log.xlsx:Log!G4: done is \"maybe\"; choose yes, partly or no",
                "log.xlsx:Log!I5: reps or minutes is 2.5; it must be a whole number from 0 to 999",
                "log.xlsx:Log!J6: pain before is a formula (=1+1); type the number itself");
        assertThat(result.problems().getFirst()).isEqualTo(Problem.at("log.xlsx", "Log", "K2",
                "pain after is 12; it must be a whole number from 0 to 10"));
        assertThat(result.problems().getFirst().cell()).contains(new LogImporter.Cell("Log", "K2"));
    }

    @Test
    void reportsDeletedRows() throws Exception {
        LogFilling.edit(log, workbook -> {
            XSSFSheet sheet = workbook.getSheet("Log");
            sheet.shiftRows(13, sheet.getLastRowNum(), -3);
        });

        assertThat(new ExerciseLogReader().read(log, "log.xlsx").problems()).map(Problem::toString).containsExactly(
                "log.xlsx:Log!A11: rows are missing before this one: week 1 session 2 exercise 2 to week 1 session 2 "
                        + "exercise 4 (3 rows); were they deleted? Undo, or export the log again and copy the entries "
                        + "over");
    }

    @Test
    void reportsRowsDeletedAtTheEnd() throws Exception {
        LogFilling.edit(log, workbook -> {
            XSSFSheet sheet = workbook.getSheet("Log");
            sheet.removeRow(sheet.getRow(sheet.getLastRowNum()));
        });

        assertThat(new ExerciseLogReader().read(log, "log.xlsx").problems()).map(Problem::toString).containsExactly(
                "log.xlsx:Log!A145: the log ends early: week 6 session 3 exercise 8 (1 row) are missing; "
                        + "were they deleted?");
    }

    @Test
    void reportsARenamedSheet() throws Exception {
        LogFilling.edit(log, workbook -> workbook.setSheetName(1, "Log (2)"));

        assertThat(new ExerciseLogReader().read(log, "log.xlsx").problems()).map(Problem::toString).containsExactly(
                "log.xlsx: the sheet \"Log\" is missing (the workbook has sheets \"Program\", \"Log (2)\", "
                        + "\"Summary\"); if it was renamed, name it \"Log\" again");
    }

    @Test
    void reportsAWorkbookThatIsNoLog() throws Exception {
        Path other = work.resolve("budget.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); var out = Files.newOutputStream(other)) {
            workbook.createSheet("Budget").createRow(0).createCell(0).setCellValue("Rent");
            workbook.write(out);
        }
        Path text = Files.writeString(work.resolve("notes.xlsx"), "not a spreadsheet");

        assertThat(new ExerciseLogReader().read(other, "budget.xlsx").problems()).map(Problem::toString)
                .containsExactly("budget.xlsx: not a rehabdoc exercise log: it has no \"Program\" and \"Log\" "
                        + "sheets (it has sheets \"Budget\")");
        assertThat(new ExerciseLogReader().read(text, "notes.xlsx").problems()).map(Problem::toString).containsExactly(
                "notes.xlsx: not an Excel workbook (.xlsx); give the exercise log rehabdoc wrote");
        List<Problem> missing = new ExerciseLogReader().read(work.resolve("missing.xlsx"), "missing.xlsx").problems();
        assertThat(missing).containsExactly(Problem.of("missing.xlsx", "no such file"));
        assertThat(missing).map(Problem::toString).containsExactly("missing.xlsx: no such file");
    }

    @Test
    void readsALogSavedAgainByLibreOffice() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/soffice")), "LibreOffice (soffice) is not installed");
        fillAFewSessions(log);
        Path converted = work.resolve("converted");
        Process soffice = new ProcessBuilder("soffice", "-env:UserInstallation=" + work.resolve("profile").toUri(),
                "--headless", "--convert-to", "xlsx", "--outdir", converted.toString(), log.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("soffice.txt").toFile()).start();
        assertThat(soffice.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        assertThat(converted.resolve("log.xlsx")).exists();

        LogImporter.Result fromPoi = new ExerciseLogReader().read(log, "log.xlsx");
        LogImporter.Result fromLibreOffice = new ExerciseLogReader().read(converted.resolve("log.xlsx"), "log.xlsx");

        assertThat(fromLibreOffice.problems()).isEmpty();
        assertThat(fromLibreOffice.json()).isEqualTo(fromPoi.json());
    }

    /** Week 1: walking done and partly a stretch, walking missed next session; week 6: the last exercise. */
    private static void fillAFewSessions(Path file) throws Exception {
        LogFilling.fill(file, 1, "yes", 2, 10, 6, 4, "=felt fine");
        LogFilling.fill(file, 4, "partly", null, 5, 8, 7, null);
        LogFilling.fill(file, 9, "no", null, null, null, null, "knee");
        LogFilling.fill(file, 144, "Yes", 1, 20, 2, 1, null);
        assertThat(List.of(file)).allMatch(Files::exists);
    }
}
