package dev.rehabdoc.export.xlsx;

import static dev.rehabdoc.export.xlsx.LogLayout.PRESCRIPTION_HEADERS;
import static dev.rehabdoc.export.xlsx.LogLayout.PRESCRIPTION_HEADER_ROW;
import static dev.rehabdoc.export.xlsx.LogLayout.PROGRAM_FIRST_LABEL_ROW;
import static dev.rehabdoc.export.xlsx.LogLayout.PROGRAM_LABELS;

import dev.rehabdoc.export.PageSize;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Clinic;
import dev.rehabdoc.model.Exercise;
import dev.rehabdoc.model.Program;
import dev.rehabdoc.model.ProgramExercise;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The Program sheet: who the log is for and what is prescribed, locked against accidental edits. */
final class ProgramSheet {
    /** What the Start cell says when the program has no fixed first day. */
    static final String NO_START = "not fixed";
    /** What the Patient cell says for a template. */
    static final String NO_PATIENT = "template: no patient named";

    /** The sentences below the prescription, on how the workbook is used. */
    static final List<String> NOTES = List.of(
            "Record each session on the Log sheet, where pain of " + LogLayout.HIGH_PAIN + " or more is shaded and "
                    + "marked " + LogLayout.HIGH_PAIN_MARK + "; the Summary sheet adds it up.",
            "This sheet is protected without a password so the prescription is not changed by accident: "
                    + "Review > Unprotect Sheet unlocks it.");

    private static final int[] WIDTHS = {18, 34, 12, 30, 60};

    private ProgramSheet() {
    }

    static void write(XSSFWorkbook workbook, CellStyles styles, Catalog catalog, Program program, PageSize paper)
            throws CellStyles.TooLongForCell {
        XSSFSheet sheet = workbook.createSheet(LogLayout.PROGRAM_SHEET);
        styles.put(cell(sheet, 0, 0), "Exercise log: " + program.title(), styles.title);

        List<String> values = List.of(
                program.isTemplate() ? NO_PATIENT : program.patient(),
                program.clinician() == null ? "" : program.clinician(),
                catalog.condition(program.condition()).name());
        for (int i = 0; i < PROGRAM_LABELS.size(); i++) {
            int row = PROGRAM_FIRST_LABEL_ROW + i;
            styles.put(cell(sheet, row, 0), PROGRAM_LABELS.get(i), styles.label);
            Cell value = cell(sheet, row, 1);
            switch (PROGRAM_LABELS.get(i)) {
                case "Start" -> {
                    if (program.start() == null) {
                        styles.put(value, NO_START, styles.text);
                    } else {
                        value.setCellValue(program.start());
                        value.setCellStyle(styles.date);
                    }
                }
                case "Weeks" -> whole(value, program.weeks(), styles);
                case "Sessions per week" -> whole(value, program.sessionsPerWeek(), styles);
                default -> styles.put(value, values.get(i), styles.text);
            }
        }

        Row header = sheet.createRow(PRESCRIPTION_HEADER_ROW);
        for (int column = 0; column < PRESCRIPTION_HEADERS.size(); column++) {
            styles.put(header.createCell(column), PRESCRIPTION_HEADERS.get(column), styles.header);
        }
        List<ProgramExercise> prescribed = program.exercises();
        for (int i = 0; i < prescribed.size(); i++) {
            ProgramExercise exercise = prescribed.get(i);
            Exercise described = catalog.exercise(exercise.exercise());
            Row row = sheet.createRow(PRESCRIPTION_HEADER_ROW + 1 + i);
            Cell number = row.createCell(0);
            number.setCellValue(i + 1);
            number.setCellStyle(styles.number);
            styles.put(row.createCell(1), described.name(), styles.wrapped);
            styles.put(row.createCell(2), described.kind().label(), styles.text);
            styles.put(row.createCell(3), catalog.doseOf(exercise).describe(), styles.wrapped);
            String notes = exercise.notes() == null ? "" : exercise.notes();
            styles.put(row.createCell(4), notes, styles.wrapped);
            row.setHeightInPoints(CellStyles.height(Math.max(CellStyles.lines(described.name(), WIDTHS[1]),
                    Math.max(CellStyles.lines(catalog.doseOf(exercise).describe(), WIDTHS[3]),
                            CellStyles.lines(notes, WIDTHS[4])))));
        }
        // A sentence per cell, each showing across the empty cells beside it: merged cells would trouble a screen
        // reader moving from cell to cell. Column B stays empty, which ends the prescription for the log's reader.
        int noteRow = PRESCRIPTION_HEADER_ROW + prescribed.size() + 2;
        for (int i = 0; i < NOTES.size(); i++) {
            styles.put(cell(sheet, noteRow + i, 0), NOTES.get(i), styles.note);
        }

        if (catalog.clinic().isPresent()) {
            clinicRows(sheet, styles, catalog.clinic().get(), noteRow + NOTES.size() + 1);
        }

        for (int column = 0; column < WIDTHS.length; column++) {
            sheet.setColumnWidth(column, WIDTHS[column] * 256);
        }
        PrintedPage.landscape(sheet, paper);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.enableLocking();
    }

    /**
     * The clinic's name and each way to reach it it gives, a label and a value a row from {@code first} on, below the
     * notes: the log's reader ends the prescription at the empty row before the notes, so a log with a clinic reads
     * as one without; the website is a link.
     */
    private static void clinicRows(XSSFSheet sheet, CellStyles styles, Clinic clinic, int first)
            throws CellStyles.TooLongForCell {
        List<Map.Entry<String, Optional<String>>> rows = List.of(Map.entry("Clinic", Optional.of(clinic.name().strip())),
                Map.entry("Address", clinic.addressText()), Map.entry("Phone", clinic.phoneText()),
                Map.entry("Email", clinic.emailText()), Map.entry("Website", clinic.websiteText()),
                Map.entry("Opening hours", clinic.hoursText()), Map.entry("Call us if", clinic.callUsIfText()));
        int row = first;
        for (Map.Entry<String, Optional<String>> entry : rows) {
            if (entry.getValue().isEmpty()) {
                continue;
            }
            String value = entry.getValue().get();
            styles.put(cell(sheet, row, 0), entry.getKey(), styles.label);
            Cell cell = cell(sheet, row, 1);
            styles.put(cell, value, styles.wrapped);
            if (entry.getKey().equals("Website")) {
                Hyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.URL);
                link.setAddress(value);
                cell.setHyperlink(link);
            }
            sheet.getRow(row).setHeightInPoints(CellStyles.height(CellStyles.lines(value, WIDTHS[1])));
            row++;
        }
    }

    private static void whole(Cell cell, int value, CellStyles styles) {
        cell.setCellValue(value);
        cell.setCellStyle(styles.count);
    }

    private static Cell cell(XSSFSheet sheet, int row, int column) {
        Row existing = sheet.getRow(row);
        Row target = existing == null ? sheet.createRow(row) : existing;
        return target.createCell(column);
    }
}
