package dev.rehabdoc.export.xlsx;

import java.util.List;

/** Where things sit in an exercise log workbook; the writer and the reader share it, so they cannot drift apart. */
final class LogLayout {
    static final String PROGRAM_SHEET = "Program";
    static final String LOG_SHEET = "Log";
    static final String SUMMARY_SHEET = "Summary";
    static final String TABLE_NAME = "SessionLog";

    /** The Program sheet's labels in column A, values in column B, from row 3 on (row 1 is the title). */
    static final List<String> PROGRAM_LABELS =
            List.of("Patient", "Clinician", "Condition", "Start", "Weeks", "Sessions per week");
    static final int PROGRAM_FIRST_LABEL_ROW = 2;
    /** The header row of the prescribed exercises on the Program sheet; the exercises follow it. */
    static final int PRESCRIPTION_HEADER_ROW = PROGRAM_FIRST_LABEL_ROW + PROGRAM_LABELS.size() + 1;
    static final List<String> PRESCRIPTION_HEADERS = List.of("#", "Exercise", "Kind", "Dose", "Notes");

    static final int DATE = 0;
    static final int WEEK = 1;
    static final int SESSION = 2;
    static final int NUMBER = 3;
    static final int EXERCISE = 4;
    static final int PRESCRIBED = 5;
    static final int DONE = 6;
    static final int SETS = 7;
    static final int REPS_OR_MINUTES = 8;
    static final int PAIN_BEFORE = 9;
    static final int PAIN_AFTER = 10;
    static final int NOTES = 11;

    /** The Log sheet's header row, one text per column from {@link #DATE} to {@link #NOTES}. */
    static final List<String> LOG_HEADERS = List.of("Date", "Week", "Session", "#", "Exercise", "Prescribed",
            "Done", "Sets", "Reps or minutes", "Pain before (0-10)", "Pain after (0-10)", "Notes");

    /** What the Done column accepts. */
    static final List<String> DONE_CHOICES = List.of("yes", "partly", "no");

    /** Pain at or above this is shaded on the Log sheet, and marked with {@link #HIGH_PAIN_MARK} after the number. */
    static final int HIGH_PAIN = 7;
    static final String HIGH_PAIN_MARK = "(high)";
    static final int MAX_PAIN = 10;

    /** Largest count of sets, repetitions or minutes the log accepts. */
    static final int MAX_COUNT = 999;

    /**
     * Most Log rows a program's workbook may have (a year of daily sessions of 27 exercises). Logs are built in
     * memory, as tables, validations and charts need; 9,828 rows were measured to fit in a 256 MB heap, while
     * 47,000 did not fit in 512 MB (see docs/benchmarks-xlsx.md).
     */
    static final int MAX_LOG_ROWS = 10_000;

    private LogLayout() {
    }
}
