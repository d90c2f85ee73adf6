package dev.rehabdoc.export.xlsx;

import static dev.rehabdoc.export.xlsx.LogLayout.*;

import dev.rehabdoc.export.LogImporter.Problem;
import dev.rehabdoc.model.Limit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * What a filled exercise log holds: the program it was made for and one entry per planned session and exercise.
 * Reading it checks every cell it uses and reports each problem as {@code FILE:Sheet!B7: message}; nothing is
 * guessed, so a log with problems gives no result.
 *
 * @param title           the program's title, from the Program sheet
 * @param patient         the patient as the Program sheet names them
 * @param clinician       the prescribing clinician, empty when not given
 * @param condition       the condition's name
 * @param start           the first day, or null when the program has none
 * @param weeks           how many weeks the log plans
 * @param sessionsPerWeek sessions each week
 * @param exercises       the prescribed exercises' names, numbered from 1 in this order
 * @param entries         one per Log row, in the Log's order
 */
record FilledLog(String title, String patient, String clinician, String condition, LocalDate start, int weeks,
        int sessionsPerWeek, List<String> exercises, List<Entry> entries) {

    /** One Log row: a planned session and exercise, and what the physiotherapist typed for it. */
    record Entry(int week, int session, LocalDate date, int exercise, String done, Integer sets,
            Integer repsOrMinutes, Integer painBefore, Integer painAfter, String notes) {

        /** Whether anything was typed into the row. */
        boolean recorded() {
            return done != null || sets != null || repsOrMinutes != null || painBefore != null || painAfter != null
                    || notes != null;
        }
    }

    /** What a log's Program sheet prescribes: the sessions, and each exercise's name and dose as printed. */
    private record Plan(LocalDate start, int weeks, int perWeek, List<String> exercises, List<String> doses) {
        List<SessionPlan.Session> sessions() {
            return SessionPlan.of(start, weeks, perWeek);
        }
    }

    /**
     * How many Log rows of a workbook have something typed into them, or -1 when it is not a rehabdoc log.
     *
     * @see Reading#typedEntries()
     */
    static int typedEntries(Workbook workbook) {
        return new Reading("", workbook, new ArrayList<>()).typedEntries();
    }

    /** Reads a log; on problems adds them to {@code problems} and returns null. */
    static FilledLog read(String file, Workbook workbook, List<Problem> problems) {
        return new Reading(file, workbook, problems).read();
    }

    /** One reading of a workbook, collecting problems as it goes. */
    private static final class Reading {
        private final String file;
        private final Workbook workbook;
        private final List<Problem> problems;
        private final int problemsBefore;

        Reading(String file, Workbook workbook, List<Problem> problems) {
            this.file = file;
            this.workbook = workbook;
            this.problems = problems;
            this.problemsBefore = problems.size();
        }

        FilledLog read() {
            Sheet program = workbook.getSheet(PROGRAM_SHEET);
            Sheet log = workbook.getSheet(LOG_SHEET);
            if (program == null || log == null) {
                missingSheets(program == null, log == null);
                return null;
            }
            if (!headersMatch(log)) {
                return null;
            }
            Plan plan = plan(program);
            if (plan == null) {
                return null;
            }
            List<Entry> entries = entries(log, plan.sessions(), plan.exercises().size());
            if (problems.size() > problemsBefore) {
                return null;
            }
            String patient = text(program, PROGRAM_FIRST_LABEL_ROW, 1);
            patient = patient.equals(ProgramSheet.NO_PATIENT) ? null : patient;
            String clinician = text(program, PROGRAM_FIRST_LABEL_ROW + 1, 1);
            String condition = text(program, PROGRAM_FIRST_LABEL_ROW + 2, 1);
            String title = text(program, 0, 0).replaceFirst("^Exercise log: ", "");
            return new FilledLog(title, patient, clinician, condition, plan.start(), plan.weeks(), plan.perWeek(),
                    plan.exercises(), entries);
        }

        /**
         * How many Log rows differ from what rehabdoc wrote into them: an input filled in, a planned date, week,
         * exercise or dose changed, a cell right of Notes or below the last row typed into; -1 when the workbook is
         * not a rehabdoc log whose plan can be read.
         */
        int typedEntries() {
            Sheet program = workbook.getSheet(PROGRAM_SHEET);
            Sheet log = workbook.getSheet(LOG_SHEET);
            Plan plan = program == null || log == null || !headersMatch(log) ? null : plan(program);
            if (plan == null) {
                return -1;
            }
            int exercises = plan.exercises().size();
            List<SessionPlan.Session> sessions = plan.sessions();
            int planned = sessions.size() * exercises;
            int typed = 0;
            for (Row row : log) {
                int index = row.getRowNum() - 1;
                if (index < 0) {
                    continue;
                }
                boolean changed;
                if (index < planned) {
                    SessionPlan.Session session = sessions.get(index / exercises);
                    int exercise = index % exercises;
                    changed = !Cells.text(row.getCell(DATE)).equals(session.date() == null ? session.label()
                            : session.date().toString())
                            || !Cells.text(row.getCell(WEEK)).equals(String.valueOf(session.week()))
                            || !Cells.text(row.getCell(SESSION)).equals(String.valueOf(session.number()))
                            || !Cells.text(row.getCell(NUMBER)).equals(String.valueOf(exercise + 1))
                            || !Cells.text(row.getCell(EXERCISE)).equals(plan.exercises().get(exercise))
                            || !Cells.text(row.getCell(PRESCRIBED)).equals(plan.doses().get(exercise))
                            || typedInto(row, DONE);
                } else {
                    changed = typedInto(row, 0);
                }
                if (changed) {
                    typed++;
                }
            }
            return typed;
        }

        /** Whether a cell of {@code row} from {@code column} on holds anything. */
        private static boolean typedInto(Row row, int column) {
            for (Cell cell : row) {
                if (cell.getColumnIndex() >= column && !Cells.blank(cell)) {
                    return true;
                }
            }
            return false;
        }

        /** What the Program sheet prescribes, or null with its problems added. */
        private Plan plan(Sheet program) {
            for (int i = 0; i < PROGRAM_LABELS.size(); i++) {
                expectText(program, PROGRAM_FIRST_LABEL_ROW + i, 0, PROGRAM_LABELS.get(i));
            }
            LocalDate start = start(program, PROGRAM_FIRST_LABEL_ROW + 3);
            Integer weeks = programNumber(program, PROGRAM_FIRST_LABEL_ROW + 4, 520);
            Integer perWeek = programNumber(program, PROGRAM_FIRST_LABEL_ROW + 5, 21);
            List<String> exercises = exercises(program);
            if (problems.size() > problemsBefore || weeks == null || perWeek == null) {
                return null;
            }
            long rows = (long) weeks * perWeek * exercises.size();
            if (rows > MAX_LOG_ROWS) {
                // Checked before anything is planned: a sheet that claims millions of rows would fill the memory.
                problem(program, PROGRAM_FIRST_LABEL_ROW + 4, 1, "the Program sheet plans " + weeks + " weeks x "
                        + perWeek + " sessions x " + Limit.grouped(exercises.size()) + " exercises = "
                        + Limit.grouped(rows) + " log rows, and an exercise log has at most "
                        + Limit.grouped(MAX_LOG_ROWS) + "; this is not a log rehabdoc wrote, or its Program sheet "
                        + "was changed");
                return null;
            }
            List<String> doses = new ArrayList<>();
            for (int i = 0; i < exercises.size(); i++) {
                doses.add(text(program, PRESCRIPTION_HEADER_ROW + 1 + i, 3));
            }
            return new Plan(start, weeks, perWeek, exercises, doses);
        }

        private void missingSheets(boolean noProgram, boolean noLog) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                names.add("\"" + workbook.getSheetName(i) + "\"");
            }
            String found = names.isEmpty() ? "no sheets" : "sheets " + String.join(", ", names);
            if (noProgram && noLog) {
                problems.add(Problem.of(file, "not a rehabdoc exercise log: it has no \"Program\" and \"Log\" "
                        + "sheets (it has " + found + ")"));
            } else {
                String missing = noProgram ? PROGRAM_SHEET : LOG_SHEET;
                problems.add(Problem.of(file, "the sheet \"" + missing + "\" is missing (the workbook has " + found
                        + "); if it was renamed, name it \"" + missing + "\" again"));
            }
        }

        private boolean headersMatch(Sheet log) {
            int before = problems.size();
            for (int column = 0; column < LOG_HEADERS.size(); column++) {
                expectText(log, 0, column, LOG_HEADERS.get(column));
            }
            return problems.size() == before;
        }

        private void expectText(Sheet sheet, int row, int column, String expected) {
            String found = text(sheet, row, column);
            if (!found.equals(expected)) {
                problem(sheet, row, column, "expected \"" + expected + "\" here, found "
                        + (found.isEmpty() ? "an empty cell" : "\"" + found + "\"")
                        + "; this is not a rehabdoc exercise log, or its layout was changed");
            }
        }

        private LocalDate start(Sheet program, int row) {
            Cell cell = cell(program, row, 1);
            if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)
                    && DateUtil.isValidExcelDate(cell.getNumericCellValue())) {
                return cell.getLocalDateTimeCellValue().toLocalDate();
            }
            if (!text(program, row, 1).equals(ProgramSheet.NO_START)) {
                problem(program, row, 1, "the start is neither a date nor \"" + ProgramSheet.NO_START + "\"");
            }
            return null;
        }

        private Integer programNumber(Sheet program, int row, int max) {
            Integer value = whole(program, cell(program, row, 1), row, 1, PROGRAM_LABELS.get(row - PROGRAM_FIRST_LABEL_ROW), max);
            if (value != null && value < 1) {
                problem(program, row, 1, "must be at least 1");
                return null;
            }
            if (value == null && problems.size() == problemsBefore) {
                problem(program, row, 1, "is empty; the log cannot be checked without it");
            }
            return value;
        }

        private List<String> exercises(Sheet program) {
            for (int column = 0; column < PRESCRIPTION_HEADERS.size(); column++) {
                expectText(program, PRESCRIPTION_HEADER_ROW, column, PRESCRIPTION_HEADERS.get(column));
            }
            List<String> names = new ArrayList<>();
            for (int row = PRESCRIPTION_HEADER_ROW + 1; !text(program, row, 1).isEmpty(); row++) {
                Integer number = whole(program, cell(program, row, 0), row, 0, "#", Integer.MAX_VALUE);
                if (number != null && number != names.size() + 1) {
                    problem(program, row, 0, "expected exercise number " + (names.size() + 1) + ", found " + number);
                }
                names.add(text(program, row, 1));
            }
            if (names.isEmpty()) {
                problem(program, PRESCRIPTION_HEADER_ROW + 1, 1, "no prescribed exercises are listed");
            }
            return names;
        }

        private List<Entry> entries(Sheet log, List<SessionPlan.Session> sessions, int exercises) {
            Map<List<Integer>, Integer> planned = new HashMap<>();
            for (int i = 0; i < sessions.size() * exercises; i++) {
                SessionPlan.Session session = sessions.get(i / exercises);
                planned.put(List.of(session.week(), session.number(), i % exercises + 1), i);
            }
            List<Entry> entries = new ArrayList<>();
            int next = 0;
            int lastRow = log.getLastRowNum();
            for (int row = 1; row <= lastRow; row++) {
                if (blank(log.getRow(row))) {
                    continue;
                }
                Integer week = whole(log, cell(log, row, WEEK), row, WEEK, "the week", Integer.MAX_VALUE);
                Integer session = whole(log, cell(log, row, SESSION), row, SESSION, "the session", Integer.MAX_VALUE);
                Integer number = whole(log, cell(log, row, NUMBER), row, NUMBER, "the exercise number", Integer.MAX_VALUE);
                if (week == null || session == null || number == null) {
                    problem(log, row, WEEK, "the week, session and exercise number (#) must all be filled in; "
                            + "they say which planned session a row is");
                    continue;
                }
                Integer index = planned.get(List.of(week, session, number));
                if (index == null) {
                    problem(log, row, WEEK, "week " + week + ", session " + session + ", exercise " + number
                            + " is not part of the program");
                    continue;
                }
                if (index < next) {
                    problem(log, row, WEEK, "week " + week + ", session " + session + ", exercise " + number
                            + " appears twice or out of order; rows were copied or moved");
                    continue;
                }
                if (index > next) {
                    problem(log, row, DATE, "rows are missing before this one: " + describe(sessions, exercises, next)
                            + (index - next > 1 ? " to " + describe(sessions, exercises, index - 1) : "")
                            + " (" + (index - next) + (index - next == 1 ? " row" : " rows")
                            + "); were they deleted? Undo, or export the log again and copy the entries over");
                }
                next = index + 1;
                SessionPlan.Session plan = sessions.get(index / exercises);
                entries.add(new Entry(week, session, plan.date(), number, done(log, row),
                        whole(log, cell(log, row, SETS), row, SETS, "sets", MAX_COUNT),
                        whole(log, cell(log, row, REPS_OR_MINUTES), row, REPS_OR_MINUTES, "reps or minutes", MAX_COUNT),
                        whole(log, cell(log, row, PAIN_BEFORE), row, PAIN_BEFORE, "pain before", MAX_PAIN),
                        whole(log, cell(log, row, PAIN_AFTER), row, PAIN_AFTER, "pain after", MAX_PAIN),
                        emptyToNull(text(log, row, NOTES))));
            }
            int total = sessions.size() * exercises;
            if (next < total) {
                problem(log, lastRow + 1, DATE, "the log ends early: " + describe(sessions, exercises, next)
                        + (total - next > 1 ? " to " + describe(sessions, exercises, total - 1) : "")
                        + " (" + (total - next) + (total - next == 1 ? " row" : " rows")
                        + ") are missing; were they deleted?");
            }
            return entries;
        }

        private static String describe(List<SessionPlan.Session> sessions, int exercises, int index) {
            SessionPlan.Session session = sessions.get(index / exercises);
            return "week " + session.week() + " session " + session.number() + " exercise " + (index % exercises + 1);
        }

        private String done(Sheet log, int row) {
            String done = text(log, row, DONE).strip().toLowerCase(Locale.ROOT);
            if (done.isEmpty()) {
                return null;
            }
            if (!DONE_CHOICES.contains(done)) {
                problem(log, row, DONE, "done is \"" + text(log, row, DONE) + "\"; choose yes, partly or no");
                return null;
            }
            return done;
        }

        /** A whole number from 0 to {@code max}, null when the cell is empty or has a problem. */
        private Integer whole(Sheet sheet, Cell cell, int row, int column, String what, int max) {
            if (cell == null) {
                return null;
            }
            switch (cell.getCellType()) {
                case BLANK -> {
                    return null;
                }
                case NUMERIC -> {
                    double value = cell.getNumericCellValue();
                    if (value != Math.rint(value) || value < 0 || value > max) {
                        problem(sheet, row, column, what + " is " + Cells.number(value) + "; it must be "
                                + "a whole number from 0 to " + max);
                        return null;
                    }
                    return (int) value;
                }
                case STRING -> {
                    if (cell.getStringCellValue().isBlank()) {
                        return null;
                    }
                    problem(sheet, row, column, what + " is the text \"" + cell.getStringCellValue()
                            + "\"; type a whole number from 0 to " + max);
                    return null;
                }
                case FORMULA -> problem(sheet, row, column, what + " is a formula (=" + cell.getCellFormula()
                        + "); type the number itself");
                default -> problem(sheet, row, column, what + " is " + Cells.text(cell)
                        + "; type a whole number from 0 to " + max);
            }
            return null;
        }

        private static String text(Sheet sheet, int row, int column) {
            return Cells.text(Cells.at(sheet, row, column));
        }

        private static Cell cell(Sheet sheet, int row, int column) {
            return Cells.at(sheet, row, column);
        }

        private static boolean blank(Row row) {
            if (row == null) {
                return true;
            }
            for (Cell cell : row) {
                if (!Cells.blank(cell)) {
                    return false;
                }
            }
            return true;
        }

        private void problem(Sheet sheet, int row, int column, String message) {
            problems.add(Problem.at(file, sheet.getSheetName(), new CellReference(row, column).formatAsString(),
                    message));
        }

        private static String emptyToNull(String text) {
            return text.isBlank() ? null : text;
        }
    }
}
