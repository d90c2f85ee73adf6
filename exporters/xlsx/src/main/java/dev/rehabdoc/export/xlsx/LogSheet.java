package dev.rehabdoc.export.xlsx;

import static dev.rehabdoc.export.xlsx.LogLayout.*;

import dev.rehabdoc.export.PageSize;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Program;
import dev.rehabdoc.model.ProgramExercise;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCfRule;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTNumFmt;

/**
 * The Log sheet: one row per planned session and exercise, with yellow input cells for what was done and how
 * much it hurt; everything else is locked. A table gives filter buttons; validations keep entries in range.
 */
final class LogSheet {
    private static final int[] WIDTHS = {17, 6, 8, 4, 28, 32, 9, 7, 10, 12, 12, 36};
    private static final int[] NUMBER_INPUTS = {SETS, REPS_OR_MINUTES, PAIN_BEFORE, PAIN_AFTER};
    /** How a pain cell of {@link LogLayout#HIGH_PAIN} or more shows its number: {@code 8 (high)}. */
    static final String HIGH_PAIN_FORMAT = "General\" " + HIGH_PAIN_MARK + "\"";

    private LogSheet() {
    }

    /** The rows a program's log has, header excluded. */
    static int rowCount(Program program) {
        return program.weeks() * program.sessionsPerWeek() * program.exercises().size();
    }

    static void write(XSSFWorkbook workbook, CellStyles styles, Catalog catalog, Program program, PageSize paper)
            throws CellStyles.TooLongForCell {
        XSSFSheet sheet = workbook.createSheet(LOG_SHEET);
        Row header = sheet.createRow(0);
        header.setHeightInPoints(30);
        for (int column = 0; column < LOG_HEADERS.size(); column++) {
            styles.put(header.createCell(column), LOG_HEADERS.get(column), styles.header);
            sheet.setColumnWidth(column, WIDTHS[column] * 256);
        }

        List<ProgramExercise> prescribed = program.exercises();
        CellStyles.Prepared[] names = new CellStyles.Prepared[prescribed.size()];
        CellStyles.Prepared[] doses = new CellStyles.Prepared[prescribed.size()];
        float[] heights = new float[names.length];
        for (int i = 0; i < names.length; i++) {
            String name = catalog.exercise(prescribed.get(i).exercise()).name();
            String dose = catalog.doseOf(prescribed.get(i)).describe();
            names[i] = styles.prepare(name, styles.wrapped);
            doses[i] = styles.prepare(dose, styles.wrapped);
            heights[i] = CellStyles.height(Math.max(CellStyles.lines(name, WIDTHS[EXERCISE]),
                    CellStyles.lines(dose, WIDTHS[PRESCRIBED])));
        }
        int rowIndex = 1;
        for (SessionPlan.Session session : SessionPlan.of(program.start(), program.weeks(), program.sessionsPerWeek())) {
            CellStyles.Prepared label = session.date() == null ? styles.prepare(session.label(), styles.text) : null;
            for (int i = 0; i < names.length; i++) {
                Row row = sheet.createRow(rowIndex++);
                Cell date = row.createCell(DATE);
                if (label != null) {
                    CellStyles.put(date, label);
                } else {
                    date.setCellValue(session.date());
                    date.setCellStyle(styles.date);
                }
                whole(row.createCell(WEEK), session.week(), styles.number);
                whole(row.createCell(SESSION), session.number(), styles.number);
                whole(row.createCell(NUMBER), i + 1, styles.number);
                CellStyles.put(row.createCell(EXERCISE), names[i]);
                CellStyles.put(row.createCell(PRESCRIBED), doses[i]);
                if (heights[i] > CellStyles.height(1)) {
                    row.setHeightInPoints(heights[i]);
                }
                row.createCell(DONE).setCellStyle(styles.choiceInput);
                for (int column : NUMBER_INPUTS) {
                    row.createCell(column).setCellStyle(styles.numberInput);
                }
                row.createCell(NOTES).setCellStyle(styles.textInput);
            }
        }
        int last = rowIndex - 1;

        validate(sheet, last);
        markHighPain(workbook, sheet, last);
        table(sheet, last);
        sheet.createFreezePane(0, 1);
        print(sheet, program, paper);
        sheet.lockAutoFilter(false);
        sheet.lockSort(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.enableLocking();
    }

    private static void whole(Cell cell, int value, CellStyle style) {
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void validate(XSSFSheet sheet, int last) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        add(sheet, helper, helper.createExplicitListConstraint(DONE_CHOICES.toArray(String[]::new)), DONE, last,
                "Done?", "yes, partly or no", "Choose yes, partly or no from the list.");
        DataValidationConstraint count = helper.createIntegerConstraint(
                DataValidationConstraint.OperatorType.BETWEEN, "0", String.valueOf(MAX_COUNT));
        add(sheet, helper, count, SETS, last, "Sets", "How many sets, as a whole number.",
                "Sets are a whole number from 0 to " + MAX_COUNT + ".");
        add(sheet, helper, count, REPS_OR_MINUTES, last, "Reps or minutes",
                "Repetitions per set, or minutes for timed exercises, as a whole number.",
                "Repetitions or minutes are a whole number from 0 to " + MAX_COUNT + ".");
        DataValidationConstraint pain = helper.createIntegerConstraint(
                DataValidationConstraint.OperatorType.BETWEEN, "0", String.valueOf(MAX_PAIN));
        String prompt = "0 = no pain, 10 = worst pain imaginable. Whole numbers only. " + HIGH_PAIN + " or more is "
                + "shaded and marked " + HIGH_PAIN_MARK + ".";
        String error = "Pain is a whole number from 0 (none) to 10 (worst imaginable).";
        add(sheet, helper, pain, PAIN_BEFORE, last, "Pain before", prompt, error);
        add(sheet, helper, pain, PAIN_AFTER, last, "Pain after", prompt, error);
    }

    private static void add(XSSFSheet sheet, XSSFDataValidationHelper helper, DataValidationConstraint constraint,
            int column, int last, String title, String prompt, String error) {
        DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(1, last, column, column));
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.setShowErrorBox(true);
        validation.createErrorBox("Not accepted", error);
        validation.setShowPromptBox(true);
        validation.createPromptBox(title, prompt);
        validation.setEmptyCellAllowed(true);
        sheet.addValidationData(validation);
    }

    /**
     * Shades pain of {@link LogLayout#HIGH_PAIN} or more and marks it in words as well ("8 (high)"), so that the
     * shade is not the only sign: the same rule changes the number format, which changes only how the number looks.
     * The cell still holds the number typed, which is what the log's reader takes.
     */
    private static void markHighPain(XSSFWorkbook workbook, XSSFSheet sheet, int last) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule rule =
                formatting.createConditionalFormattingRule(ComparisonOperator.GE, String.valueOf(HIGH_PAIN));
        rule.createPatternFormatting().setFillBackgroundColor(IndexedColors.ROSE.getIndex());
        rule.getPatternFormatting().setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
        rule.createFontFormatting().setFontColorIndex(IndexedColors.DARK_RED.getIndex());
        formatting.addConditionalFormatting(
                new CellRangeAddress[] {new CellRangeAddress(1, last, PAIN_BEFORE, PAIN_AFTER)}, rule);
        // POI has no call for a rule's number format: it goes into the rule's differential format (dxf) itself, with
        // an id the workbook's own number formats hold, so that no other format takes it.
        CTCfRule written = sheet.getCTWorksheet()
                .getConditionalFormattingArray(sheet.getCTWorksheet().sizeOfConditionalFormattingArray() - 1)
                .getCfRuleArray(0);
        CTNumFmt format = workbook.getStylesSource().getDxfAt((int) written.getDxfId()).addNewNumFmt();
        format.setNumFmtId(workbook.createDataFormat().getFormat(HIGH_PAIN_FORMAT));
        format.setFormatCode(HIGH_PAIN_FORMAT);
    }

    private static void table(XSSFSheet sheet, int last) {
        AreaReference area = new AreaReference(new CellReference(0, DATE), new CellReference(last, NOTES),
                SpreadsheetVersion.EXCEL2007);
        XSSFTable table = sheet.createTable(area);
        table.setName(TABLE_NAME);
        table.setDisplayName(TABLE_NAME);
        table.setStyleName("TableStyleLight1");
        table.getCTTable().addNewAutoFilter().setRef(area.formatAsString());
        table.getCTTable().getTableStyleInfo().setShowRowStripes(true);
    }

    private static void print(XSSFSheet sheet, Program program, PageSize paper) {
        PrintedPage.landscape(sheet, paper);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        String who = program.isTemplate() ? program.title() : program.patient();
        sheet.getFooter().setLeft(escapeFooter(who));
        sheet.getFooter().setRight("Page &P of &N");
    }

    /** Footer text with its {@code &} codes escaped, so a name like {@code Smith & Co} prints as written. */
    static String escapeFooter(String text) {
        String shown = text.length() > 80 ? text.substring(0, 79) + "…" : text;
        return shown.replace("&", "&&");
    }
}
