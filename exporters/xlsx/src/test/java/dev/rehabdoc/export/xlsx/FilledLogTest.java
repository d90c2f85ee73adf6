package dev.rehabdoc.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rehabdoc.export.ExportException;
import dev.rehabdoc.export.LogImporter.Problem;
import dev.rehabdoc.load.CatalogLoader;
import dev.rehabdoc.load.LoadResult;
import dev.rehabdoc.model.Catalog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reading a filled log and counting what was typed into it, on logs the writer made for a small program (two weeks
 * of two sessions of two exercises, and a template of one exercise) and then changed cell by cell as a user would.
 */
class FilledLogTest {
    private static final String SOURCE = """
            schemaVersion: 1
            conditions:
              - {id: neck, name: Neck, summary: A nerve is compressed., exercises: [walking, cat-cow]}
            exercises:
              - {id: walking, name: Slow walking, kind: aerobic, steps: [Walk.], dose: {minutes: 10}}
              - {id: cat-cow, name: Cat/Cow, kind: yoga, steps: [Round your spine.], dose: {repetitions: 5}}
            programs:
              - id: ada
                title: Neck starter
                condition: neck
                patient: Ada Lovelace
                clinician: Dr Chang
                start: 2026-03-02
                weeks: 2
                sessionsPerWeek: 2
                exercises: [{exercise: walking}, {exercise: cat-cow, dose: {sets: 2}}]
              - {id: template, title: Neck template, condition: neck, weeks: 1, sessionsPerWeek: 2,
                 exercises: [{exercise: walking}]}
            """;
    private static final LocalDate START = LocalDate.of(2026, 3, 2);
    /** Log rows, as Excel numbers them: the header is row 1, week 1 session 1 exercise 1 is row 2. */
    private static final int FIRST = 1;
    private static final String NOT_A_LOG = "; this is not a rehabdoc exercise log, or its layout was changed";
    private static final String WEEKS = "B7";

    private static byte[] dated;
    private static byte[] template;

    @BeforeAll
    static void writeLogs() throws ExportException, IOException {
        LoadResult result = CatalogLoader.load("small.yaml",
                new ByteArrayInputStream(SOURCE.getBytes(StandardCharsets.UTF_8)));
        assertThat(result).isInstanceOf(LoadResult.Loaded.class);
        Catalog catalog = ((LoadResult.Loaded) result).catalog();
        dated = written(catalog, 0);
        template = written(catalog, 1);
    }

    @Test
    void aFreshLogReadsAsItsProgramWithAnEntryPerPlannedRowAndNothingTyped() throws IOException {
        Read read = read(dated);

        assertThat(read.problems()).isEmpty();
        FilledLog log = read.log();
        assertThat(log.title()).isEqualTo("Neck starter");
        assertThat(log.patient()).isEqualTo("Ada Lovelace");
        assertThat(log.clinician()).isEqualTo("Dr Chang");
        assertThat(log.condition()).isEqualTo("Neck");
        assertThat(log.start()).isEqualTo(START);
        assertThat(log.weeks()).isEqualTo(2);
        assertThat(log.sessionsPerWeek()).isEqualTo(2);
        assertThat(log.exercises()).containsExactly("Slow walking", "Cat/Cow");
        assertThat(log.entries()).hasSize(8).noneMatch(FilledLog.Entry::recorded);
        assertThat(log.entries()).extracting(FilledLog.Entry::week, FilledLog.Entry::session,
                FilledLog.Entry::exercise, FilledLog.Entry::date).containsExactly(
                        tuple(1, 1, 1, START),
                        tuple(1, 1, 2, START),
                        tuple(1, 2, 1, START.plusDays(3)),
                        tuple(1, 2, 2, START.plusDays(3)),
                        tuple(2, 1, 1, START.plusDays(7)),
                        tuple(2, 1, 2, START.plusDays(7)),
                        tuple(2, 2, 1, START.plusDays(10)),
                        tuple(2, 2, 2, START.plusDays(10)));
        assertThat(typed(dated)).isZero();
    }

    @Test
    void aTemplateHasNoPatientNoStartAndNoDates() throws IOException {
        Read read = read(template);

        assertThat(read.problems()).isEmpty();
        assertThat(read.log().patient()).isNull();
        assertThat(read.log().clinician()).isEmpty();
        assertThat(read.log().start()).isNull();
        assertThat(read.log().entries()).extracting(FilledLog.Entry::date).containsExactly(null, null);
        assertThat(typed(template)).isZero();
    }

    @Test
    void whatWasTypedIsReadAtItsLimitsAndCountsAsAnEntry() throws IOException {
        XSSFWorkbook filled = edit(dated, workbook -> {
            Row row = log(workbook).getRow(FIRST);
            row.getCell(LogLayout.DONE).setCellValue(" Partly ");
            row.getCell(LogLayout.SETS).setCellValue(0);
            row.getCell(LogLayout.REPS_OR_MINUTES).setCellValue(LogLayout.MAX_COUNT);
            row.getCell(LogLayout.PAIN_BEFORE).setCellValue(LogLayout.MAX_PAIN);
            row.getCell(LogLayout.PAIN_AFTER).setCellValue("  ");
            row.getCell(LogLayout.NOTES).setCellValue("felt fine");
        });

        Read read = read(filled);

        assertThat(read.problems()).isEmpty();
        assertThat(read.log().entries().getFirst()).isEqualTo(new FilledLog.Entry(1, 1, START, 1, "partly", 0, 999,
                10, null, "felt fine"));
        assertThat(read.log().entries().getFirst().recorded()).isTrue();
        assertThat(typed(filled)).isEqualTo(1);
    }

    @Test
    void eachValueOutsideWhatACellTakesIsReportedByItsAddressAndTheLogGivesNoResult() throws IOException {
        XSSFWorkbook filled = edit(dated, workbook -> {
            Row row = log(workbook).getRow(FIRST);
            row.getCell(LogLayout.DONE).setCellValue("maybe");
            row.getCell(LogLayout.SETS).setCellValue(LogLayout.MAX_COUNT + 1);
            row.getCell(LogLayout.REPS_OR_MINUTES).setCellValue(2.5);
            row.getCell(LogLayout.PAIN_BEFORE).setCellValue(LogLayout.MAX_PAIN + 1);
            row.getCell(LogLayout.PAIN_AFTER).setCellValue(-1);
            Row next = log(workbook).getRow(FIRST + 1);
            next.getCell(LogLayout.SETS).setCellValue("three");
            next.getCell(LogLayout.REPS_OR_MINUTES).setCellFormula("1+1");
            next.getCell(LogLayout.PAIN_BEFORE).setCellValue(true);
        });
        List<Problem> problems = new ArrayList<>(List.of(Problem.of("earlier.xlsx", "an earlier problem")));

        FilledLog log = FilledLog.read("log.xlsx", filled, problems);

        assertThat(log).isNull();
        assertThat(problems).map(Problem::toString).containsExactly(
                "earlier.xlsx: an earlier problem",
                "log.xlsx:Log!G2: done is \"maybe\"; choose yes, partly or no",
                "log.xlsx:Log!H2: sets is 1000; it must be a whole number from 0 to 999",
                "log.xlsx:Log!I2: reps or minutes is 2.5; it must be a whole number from 0 to 999",
                "log.xlsx:Log!J2: pain before is 11; it must be a whole number from 0 to 10",
                "log.xlsx:Log!K2: pain after is -1; it must be a whole number from 0 to 10",
                "log.xlsx:Log!H3: sets is the text \"three\"; type a whole number from 0 to 999",
                "log.xlsx:Log!I3: reps or minutes is a formula (=1+1); type the number itself",
                "log.xlsx:Log!J3: pain before is TRUE; type a whole number from 0 to 10");
    }

    @Test
    void aWorkbookWithoutTheSheetsOfALogSaysWhichItHas() throws IOException {
        assertThat(read(edit(dated, workbook -> workbook.setSheetName(0, "Plan"))).problems()).containsExactly(
                "log.xlsx: the sheet \"Program\" is missing (the workbook has sheets \"Plan\", \"Log\", \"Summary\"); "
                        + "if it was renamed, name it \"Program\" again");
        assertThat(read(edit(dated, workbook -> workbook.setSheetName(1, "Sessions"))).problems()).containsExactly(
                "log.xlsx: the sheet \"Log\" is missing (the workbook has sheets \"Program\", \"Sessions\", "
                        + "\"Summary\"); if it was renamed, name it \"Log\" again");

        XSSFWorkbook other = new XSSFWorkbook();
        other.createSheet("Budget");
        List<Problem> problems = new ArrayList<>();
        assertThat(FilledLog.read("log.xlsx", other, problems)).isNull();
        assertThat(problems).map(Problem::toString).containsExactly(
                "log.xlsx: not a rehabdoc exercise log: it has no \"Program\" and \"Log\" sheets (it has sheets "
                        + "\"Budget\")");
        problems.clear();
        FilledLog.read("log.xlsx", new XSSFWorkbook(), problems);
        assertThat(problems).map(Problem::toString).containsExactly(
                "log.xlsx: not a rehabdoc exercise log: it has no \"Program\" and \"Log\" sheets (it has no sheets)");
        assertThat(FilledLog.typedEntries(other)).isEqualTo(-1);
    }

    @Test
    void aChangedLayoutIsReportedAtEachCellThatIsNotAsWritten() throws IOException {
        XSSFWorkbook changed = edit(dated, workbook -> {
            log(workbook).getRow(0).getCell(LogLayout.DONE).setCellValue("Completed");
            log(workbook).getRow(0).getCell(LogLayout.NOTES).setBlank();
        });

        assertThat(read(changed).problems()).containsExactly(
                "log.xlsx:Log!G1: expected \"Done\" here, found \"Completed\"" + NOT_A_LOG,
                "log.xlsx:Log!L1: expected \"Notes\" here, found an empty cell" + NOT_A_LOG);
        assertThat(typed(changed)).isEqualTo(-1);

        XSSFWorkbook relabelled = edit(dated, workbook -> program(workbook).getRow(6).getCell(0).setCellValue("Weeks"
                + " planned"));
        assertThat(read(relabelled).problems())
                .containsExactly("log.xlsx:Program!A7: expected \"Weeks\" here, found \"Weeks planned\"" + NOT_A_LOG);
        assertThat(typed(relabelled)).isEqualTo(-1);
    }

    @Test
    void theStartIsADateOrNotFixed() throws IOException {
        assertThat(read(edit(dated, workbook -> program(workbook).getRow(5).getCell(1).setCellValue("soon")))
                .problems()).containsExactly("log.xlsx:Program!B6: the start is neither a date nor \"not fixed\"");
    }

    @Test
    void weeksRunFromOneTo520AndSessionsFromOneTo21() throws IOException {
        assertThat(programProblems(6, 0)).containsExactly("log.xlsx:Program!B7: must be at least 1");
        assertThat(programProblems(6, 521))
                .containsExactly("log.xlsx:Program!B7: Weeks is 521; it must be a whole number from 0 to 520");
        assertThat(programProblems(7, 22)).containsExactly("log.xlsx:Program!B8: Sessions per week is 22; it must "
                + "be a whole number from 0 to 21");
        // 520 and 21 are planned; the log then lacks their rows, which shows the plan was read.
        assertThat(programProblems(6, 520)).singleElement().asString()
                .startsWith("log.xlsx:Log!A10: the log ends early: week 3 session 1 exercise 1 to week 520 session 2 "
                        + "exercise 2 (2072 rows)");
        assertThat(programProblems(7, 21)).containsExactly(
                "log.xlsx:Log!A6: rows are missing before this one: week 1 session 3 exercise 1 to week 1 session 21 "
                        + "exercise 2 (38 rows); were they deleted? Undo, or export the log again and copy the entries "
                        + "over",
                "log.xlsx:Log!A10: the log ends early: week 2 session 3 exercise 1 to week 2 session 21 exercise 2 "
                        + "(38 rows) are missing; were they deleted?");
    }

    @Test
    void anEmptyWeeksCellIsNamedForWhatItStopsChecking() throws IOException {
        XSSFWorkbook empty = edit(dated, workbook -> program(workbook).getRow(6).getCell(1).setBlank());

        assertThat(read(empty).problems())
                .containsExactly("log.xlsx:Program!B7: is empty; the log cannot be checked without it");
        assertThat(typed(empty)).isEqualTo(-1);
    }

    @Test
    void aPlanOfTenThousandRowsIsCheckedAndOneMoreIsRefusedAtTheWeeksCell() throws IOException {
        // 250 weeks x 20 sessions x 2 exercises: the log's eight rows are then the start of a longer plan.
        XSSFWorkbook atTheLimit = edit(dated, workbook -> {
            program(workbook).getRow(6).getCell(1).setCellValue(250);
            program(workbook).getRow(7).getCell(1).setCellValue(20);
        });
        assertThat(read(atTheLimit).problems()).containsExactly(
                "log.xlsx:Log!A6: rows are missing before this one: week 1 session 3 exercise 1 to week 1 session 20 "
                        + "exercise 2 (36 rows); were they deleted? Undo, or export the log again and copy the entries "
                        + "over",
                "log.xlsx:Log!A10: the log ends early: week 2 session 3 exercise 1 to week 250 session 20 exercise 2 "
                        + "(9956 rows) are missing; were they deleted?");

        // 73 weeks x 1 session x 137 exercises = 10,001.
        XSSFWorkbook onePast = edit(dated, workbook -> {
            program(workbook).getRow(6).getCell(1).setCellValue(73);
            program(workbook).getRow(7).getCell(1).setCellValue(1);
            for (int i = 2; i < 137; i++) {
                Row row = row(program(workbook), LogLayout.PRESCRIPTION_HEADER_ROW + 1 + i);
                row.createCell(0).setCellValue(i + 1);
                row.createCell(1).setCellValue("Exercise " + (i + 1));
            }
        });
        assertThat(read(onePast).problems()).containsExactly("log.xlsx:Program!" + WEEKS + ": the Program sheet "
                + "plans 73 weeks x 1 sessions x 137 exercises = 10,001 log rows, and an exercise log has at most "
                + "10,000; this is not a log rehabdoc wrote, or its Program sheet was changed");
        assertThat(typed(onePast)).isEqualTo(-1);
    }

    @Test
    void prescribedExercisesAreNumberedFromOneInOrderAndAtLeastOneIsListed() throws IOException {
        assertThat(read(edit(dated, workbook -> program(workbook).getRow(11).getCell(0).setCellValue(3)))
                .problems()).containsExactly("log.xlsx:Program!A12: expected exercise number 2, found 3");
        XSSFWorkbook none = edit(dated, workbook -> {
            program(workbook).getRow(10).getCell(1).setBlank();
            program(workbook).getRow(11).getCell(1).setBlank();
        });
        assertThat(read(none).problems()).containsExactly("log.xlsx:Program!B11: no prescribed exercises are listed");
    }

    @Test
    void aRowWithoutWeekSessionOrNumberOrOutsideTheProgramIsReported() throws IOException {
        XSSFWorkbook changed = edit(dated, workbook -> {
            log(workbook).getRow(FIRST + 1).getCell(LogLayout.WEEK).setBlank();
            log(workbook).getRow(FIRST + 2).getCell(LogLayout.WEEK).setCellValue(3);
        });

        assertThat(read(changed).problems()).containsExactly(
                "log.xlsx:Log!B3: the week, session and exercise number (#) must all be filled in; they say which "
                        + "planned session a row is",
                "log.xlsx:Log!B4: week 3, session 2, exercise 1 is not part of the program",
                "log.xlsx:Log!A5: rows are missing before this one: week 1 session 1 exercise 2 to week 1 session 2 "
                        + "exercise 1 (2 rows); were they deleted? Undo, or export the log again and copy the entries "
                        + "over");
    }

    @Test
    void aRowCopiedOverAnotherIsOutOfOrder() throws IOException {
        XSSFWorkbook copied = edit(dated, workbook -> {
            Row row = log(workbook).getRow(FIRST + 1);
            row.getCell(LogLayout.NUMBER).setCellValue(1);
        });

        assertThat(read(copied).problems()).containsExactly(
                "log.xlsx:Log!B3: week 1, session 1, exercise 1 appears twice or out of order; rows were copied or "
                        + "moved",
                "log.xlsx:Log!A4: rows are missing before this one: week 1 session 1 exercise 2 (1 row); were they "
                        + "deleted? Undo, or export the log again and copy the entries over");
    }

    @Test
    void aMissingRowIsNamedAloneAndAClearedRowIsSkipped() throws IOException {
        XSSFWorkbook cleared = edit(dated, workbook -> {
            Row row = log(workbook).getRow(FIRST + 2);
            for (Cell cell : row) {
                cell.setBlank();
            }
        });

        assertThat(read(cleared).problems()).containsExactly("log.xlsx:Log!A5: rows are missing before this one: "
                + "week 1 session 2 exercise 1 (1 row); were they deleted? Undo, or export the log again and copy the "
                + "entries over");
    }

    @Test
    void aLogEndingEarlyNamesTheRowsItLacks() throws IOException {
        XSSFWorkbook shorter = edit(dated, workbook -> log(workbook).removeRow(log(workbook).getRow(8)));

        assertThat(read(shorter).problems()).containsExactly("log.xlsx:Log!A9: the log ends early: week 2 session 2 "
                + "exercise 2 (1 row) are missing; were they deleted?");
    }

    @Test
    void everyChangeToAPlannedRowCountsAsTypedButSpacesDoNot() throws IOException {
        // One change in each of the eight rows: each check that missed its change would make the count short.
        XSSFWorkbook changed = edit(dated, workbook -> {
            cell(workbook, FIRST, LogLayout.EXERCISE).setCellValue("Walking");
            cell(workbook, FIRST + 1, LogLayout.PRESCRIBED).setCellValue("more");
            cell(workbook, FIRST + 2, LogLayout.DATE).setCellValue("today");
            cell(workbook, FIRST + 3, LogLayout.WEEK).setCellValue(2);
            cell(workbook, FIRST + 4, LogLayout.SESSION).setCellValue(2);
            cell(workbook, FIRST + 5, LogLayout.NUMBER).setCellValue(1);
            cell(workbook, FIRST + 6, LogLayout.NOTES).setCellValue("   ");
            cell(workbook, FIRST + 7, LogLayout.SETS).setCellValue(1);
        });

        assertThat(typed(changed)).isEqualTo(7);
    }

    @Test
    void textRightOfNotesOrBelowTheLastRowCountsAsTypedAndTheHeaderRowDoesNot() throws IOException {
        assertThat(typed(edit(dated, workbook -> row(log(workbook), FIRST).createCell(LogLayout.NOTES + 1)
                .setCellValue("x")))).isEqualTo(1);
        assertThat(typed(edit(dated, workbook -> row(log(workbook), 9).createCell(LogLayout.DATE)
                .setCellValue("x")))).isEqualTo(1);
        assertThat(typed(edit(dated, workbook -> row(log(workbook), 0).createCell(LogLayout.NOTES + 1)
                .setCellValue("x")))).isZero();
    }

    @Test
    void aTemplatesUndatedSessionsAreComparedByTheirLabels() throws IOException {
        assertThat(log(open(template)).getRow(FIRST).getCell(LogLayout.DATE).getStringCellValue())
                .isEqualTo("Week 1, session 1");
        assertThat(typed(edit(template, workbook -> cell(workbook, FIRST, LogLayout.DATE).setCellValue("Week 1"))))
                .isEqualTo(1);
    }

    /** A log read, and the problems reading it gave, as printed. */
    private record Read(FilledLog log, List<String> problems) {
    }

    @FunctionalInterface
    private interface Edit {
        void apply(XSSFWorkbook workbook) throws IOException;
    }

    private static byte[] written(Catalog catalog, int program) throws ExportException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExerciseLogWorkbook.write(catalog, catalog.programs().get(program), Fixtures.OPTIONS, out);
        return out.toByteArray();
    }

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    /** A log opened from its bytes and changed in memory, as reading it needs nothing else. */
    private static XSSFWorkbook edit(byte[] bytes, Edit edit) throws IOException {
        XSSFWorkbook workbook = open(bytes);
        edit.apply(workbook);
        return workbook;
    }

    private static Read read(byte[] bytes) throws IOException {
        return read(open(bytes));
    }

    private static Read read(XSSFWorkbook workbook) {
        List<Problem> problems = new ArrayList<>();
        FilledLog log = FilledLog.read("log.xlsx", workbook, problems);
        assertThat(log == null).as("a log is read exactly when there are no problems: %s", problems)
                .isEqualTo(!problems.isEmpty());
        return new Read(log, problems.stream().map(Problem::toString).toList());
    }

    private static int typed(byte[] bytes) throws IOException {
        return typed(open(bytes));
    }

    private static int typed(XSSFWorkbook workbook) {
        return FilledLog.typedEntries(workbook);
    }

    private static List<String> programProblems(int row, int value) throws IOException {
        return read(edit(dated, workbook -> program(workbook).getRow(row).getCell(1).setCellValue(value))).problems();
    }

    private static Sheet log(XSSFWorkbook workbook) {
        return workbook.getSheet(LogLayout.LOG_SHEET);
    }

    private static Sheet program(XSSFWorkbook workbook) {
        return workbook.getSheet(LogLayout.PROGRAM_SHEET);
    }

    private static Cell cell(XSSFWorkbook workbook, int row, int column) {
        return log(workbook).getRow(row).getCell(column);
    }

    private static Row row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }
}
