package dev.rehabdoc.export.xlsx;

import static dev.rehabdoc.export.xlsx.LogLayout.*;

import dev.rehabdoc.export.PageSize;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Program;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFGraphicFrame;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTMarker;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;

/**
 * The Summary sheet: adherence and average pain per exercise and per week, as formulas over the Log that update
 * while the physiotherapist types, and a line chart of average pain by week. Cells stay blank until something
 * is recorded, so an empty week never shows an error.
 */
final class SummarySheet {
    /**
     * What the figures mean, a sentence a row under the title: each in a cell of its own that shows across the empty
     * cells beside it, as merged cells would trouble a screen reader moving from cell to cell.
     */
    static final List<String> NOTES = List.of(
            "Adherence counts yes as 1, partly as ½ and no as 0, out of the sessions whose Done cell is filled in.",
            "Averages count only the pain scores typed in; blank means nothing recorded yet.");
    static final String[] EXERCISE_HEADERS =
            {"#", "Exercise", "Planned", "Recorded", "Adherence", "Average pain before", "Average pain after"};
    static final String[] WEEK_HEADERS =
            {"Week", "", "Planned", "Recorded", "Adherence", "Average pain before", "Average pain after"};
    /** Where the first section's header sits. */
    static final int EXERCISE_HEADER_ROW = NOTES.size() + 2;
    /** Hidden columns holding the chart's values, with #N/A for empty weeks so the chart leaves a gap. */
    static final int CHART_BEFORE = 8;
    static final int CHART_AFTER = 9;
    /** The chart's title, also the title of its alternative text. */
    static final String CHART_TITLE = "Average pain by week";

    private static final int[] WIDTHS = {7, 34, 9, 10, 11, 12, 12};
    private static final int CHART_ROWS = 20;

    private SummarySheet() {
    }

    /** The row of the By week header, for a program with this many exercises. */
    static int weekHeaderRow(int exercises) {
        return EXERCISE_HEADER_ROW + exercises + 3;
    }

    static void write(XSSFWorkbook workbook, CellStyles styles, Catalog catalog, Program program, PageSize paper)
            throws CellStyles.TooLongForCell {
        XSSFSheet sheet = workbook.createSheet(SUMMARY_SHEET);
        int lastLogRow = LogSheet.rowCount(program) + 1;
        Ranges log = new Ranges(lastLogRow);
        styles.put(cell(sheet, 0, 0), "Summary: " + program.title(), styles.title);
        for (int i = 0; i < NOTES.size(); i++) {
            styles.put(cell(sheet, 1 + i, 0), NOTES.get(i), styles.note);
        }

        int exercises = program.exercises().size();
        headers(sheet, styles, EXERCISE_HEADER_ROW, EXERCISE_HEADERS);
        for (int i = 0; i < exercises; i++) {
            int row = EXERCISE_HEADER_ROW + 1 + i;
            number(cell(sheet, row, 0), i + 1, styles.number);
            String name = catalog.exercise(program.exercises().get(i).exercise()).name();
            styles.put(cell(sheet, row, 1), name, styles.wrapped);
            sheet.getRow(row).setHeightInPoints(CellStyles.height(CellStyles.lines(name, WIDTHS[1])));
            number(cell(sheet, row, 2), program.weeks() * program.sessionsPerWeek(), styles.number);
            figures(sheet, styles, row, log.number, "$A" + (row + 1), log);
        }

        int weekHeader = weekHeaderRow(exercises);
        styles.put(cell(sheet, weekHeader - 1, 0), "By week", styles.label);
        styles.put(cell(sheet, EXERCISE_HEADER_ROW - 1, 0), "By exercise", styles.label);
        headers(sheet, styles, weekHeader, WEEK_HEADERS);
        styles.put(cell(sheet, weekHeader, CHART_BEFORE), "Pain before", styles.header);
        styles.put(cell(sheet, weekHeader, CHART_AFTER), "Pain after", styles.header);
        for (int week = 1; week <= program.weeks(); week++) {
            int row = weekHeader + week;
            number(cell(sheet, row, 0), week, styles.number);
            number(cell(sheet, row, 2), program.sessionsPerWeek() * exercises, styles.number);
            figures(sheet, styles, row, log.week, "$A" + (row + 1), log);
            formula(cell(sheet, row, CHART_BEFORE), "IF(F" + (row + 1) + "=\"\",NA(),F" + (row + 1) + ")",
                    styles.decimal).setCellErrorValue(FormulaError.NA.getCode());
            formula(cell(sheet, row, CHART_AFTER), "IF(G" + (row + 1) + "=\"\",NA(),G" + (row + 1) + ")",
                    styles.decimal).setCellErrorValue(FormulaError.NA.getCode());
        }
        for (int column = 0; column < WIDTHS.length; column++) {
            sheet.setColumnWidth(column, WIDTHS[column] * 256);
        }
        sheet.setColumnHidden(CHART_BEFORE, true);
        sheet.setColumnHidden(CHART_AFTER, true);
        int chartTop = weekHeader + program.weeks() + 2;
        chart(sheet, chartTop, weekHeader, program.weeks());
        workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, WIDTHS.length - 1, 0, chartTop + CHART_ROWS);
        // Printed, the tables already fill most of a page; the chart starts a page of its own rather than being cut
        // in two where the page ends (a spreadsheet breaks pages through a chart). The page breaks above the blank
        // row before the chart, so that no edge of the chart falls on the break.
        sheet.setRowBreak(chartTop - 2);
        PrintedPage.landscape(sheet, paper);
    }

    /** Recorded, adherence and average pain of the Log rows whose {@code key} column equals {@code value}. */
    private static void figures(XSSFSheet sheet, CellStyles styles, int row, String key, String value, Ranges log) {
        String rowsOf = key + "," + value;
        String yes = "COUNTIFS(" + rowsOf + "," + log.done + ",\"yes\")";
        String partly = "COUNTIFS(" + rowsOf + "," + log.done + ",\"partly\")";
        String no = "COUNTIFS(" + rowsOf + "," + log.done + ",\"no\")";
        String recorded = "D" + (row + 1);
        formula(cell(sheet, row, 3), yes + "+" + partly + "+" + no, styles.number).setCellValue(0);
        formula(cell(sheet, row, 4), "IF(" + recorded + "=0,\"\",(" + yes + "+0.5*" + partly + ")/" + recorded + ")",
                styles.percent).setCellValue("");
        formula(cell(sheet, row, 5), average(log.painBefore, rowsOf), styles.decimal).setCellValue("");
        formula(cell(sheet, row, 6), average(log.painAfter, rowsOf), styles.decimal).setCellValue("");
    }

    private static String average(String pain, String rowsOf) {
        return "IFERROR(AVERAGEIFS(" + pain + "," + rowsOf + "," + pain + ",\">=0\"),\"\")";
    }

    /** The alternative text of the chart, what a screen reader says instead of it: its title and what it shows. */
    static String chartDescription(int weeks) {
        return "Line chart, " + CHART_TITLE + ": the average pain before and after the exercises in each of the "
                + weeks + (weeks == 1 ? " week" : " weeks") + " of the program, on a scale from 0 (no pain) to 10 "
                + "(worst imaginable), one line each, as the By week table above lists them. A week with no pain "
                + "recorded has no point.";
    }

    private static void chart(XSSFSheet sheet, int top, int weekHeader, int weeks) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, top, WIDTHS.length, top + CHART_ROWS));
        // POI names the frame "Diagramm0" and gives it no alternative text; Excel's accessibility checker reports a
        // chart without one as an error. There is no higher-level call for it, so the drawing's own properties.
        XSSFGraphicFrame frame = chart.getGraphicFrame();
        frame.setName(CHART_TITLE);
        CTNonVisualDrawingProps properties = frame.getCTGraphicalObjectFrame().getNvGraphicFramePr().getCNvPr();
        properties.setTitle(CHART_TITLE);
        properties.setDescr(chartDescription(weeks));
        chart.setTitleText(CHART_TITLE);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        chart.displayBlanksAs(DisplayBlanks.GAP);
        chart.setPlotOnlyVisibleCells(false);
        XDDFCategoryAxis weekAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        weekAxis.setTitle("Week");
        XDDFValueAxis painAxis = chart.createValueAxis(AxisPosition.LEFT);
        painAxis.setTitle("Pain (0-10)");
        painAxis.setMinimum(0);
        painAxis.setMaximum(MAX_PAIN);
        painAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, weekAxis, painAxis);
        Double[] weekNumbers = new Double[weeks];
        for (int week = 1; week <= weeks; week++) {
            weekNumbers[week - 1] = (double) week;
        }
        ChartValues weekRange = new ChartValues(sheet, weekHeader + 1, 0, weekNumbers);
        // Series.plot writes the cached values; XDDFChart.plot would do the same after building a throwaway
        // embedded workbook.
        series(sheet, data, weekRange, weekHeader, weeks, CHART_BEFORE, "Pain before", Line.BEFORE).plot();
        series(sheet, data, weekRange, weekHeader, weeks, CHART_AFTER, "Pain after", Line.AFTER).plot();
    }

    /**
     * How a series is drawn. The two lines differ in three ways, so that colour is never the only one: a solid line
     * with round markers, a dashed line with square ones, in a dark blue and a dark orange that stand 3:1 or more
     * against the white plot (WCAG's contrast for graphics) and that people with red-green colour blindness tell
     * apart. Left to the application, the second series takes the Office theme's orange (#ED7D31), 2.8:1.
     */
    enum Line {
        BEFORE(0x1F4E79, MarkerStyle.CIRCLE, PresetLineDash.SOLID),
        AFTER(0xC55A11, MarkerStyle.SQUARE, PresetLineDash.DASH);

        final int rgb;
        final MarkerStyle marker;
        final PresetLineDash dash;

        Line(int rgb, MarkerStyle marker, PresetLineDash dash) {
            this.rgb = rgb;
            this.marker = marker;
            this.dash = dash;
        }

        XDDFSolidFillProperties fill() {
            // The byte form gives an sRGB colour; XDDFColor.from(int, int, int) is scRGB, in thousandths of a percent.
            return new XDDFSolidFillProperties(
                    XDDFColor.from(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb}));
        }
    }

    /**
     * A chart series over a hidden column; its cached values are those the column stores for an empty log: #N/A in
     * every week, which a chart shows as a gap (no point).
     */
    private static XDDFLineChartData.Series series(XSSFSheet sheet, XDDFLineChartData data, ChartValues weeks,
            int weekHeader, int count, int column, String title, Line line) {
        ChartValues values = new ChartValues(sheet, weekHeader + 1, column, new Double[count]);
        XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(weeks, values);
        series.setTitle(title, new CellReference(sheet.getSheetName(), weekHeader, column, true, true));
        series.setSmooth(false);
        series.setMarkerStyle(line.marker);
        XDDFLineProperties stroke = new XDDFLineProperties(line.fill());
        stroke.setWidth(2.25);
        stroke.setPresetDash(new XDDFPresetLineDash(line.dash));
        series.setLineProperties(stroke);
        // XDDF has no call for a marker's colours; without them a spreadsheet paints markers in its theme's colour
        // for the series, not the line's.
        CTMarker marker = series.getCTLineSer().getMarker();
        XDDFShapeProperties markerShape = new XDDFShapeProperties(marker.isSetSpPr() ? marker.getSpPr()
                : marker.addNewSpPr());
        markerShape.setFillProperties(line.fill());
        markerShape.setLineProperties(new XDDFLineProperties(line.fill()));
        return series;
    }

    private static void headers(XSSFSheet sheet, CellStyles styles, int row, String[] texts) {
        for (int column = 0; column < texts.length; column++) {
            styles.putLabel(cell(sheet, row, column), texts[column], styles.header);
        }
        sheet.getRow(row).setHeightInPoints(30);
    }

    private static void number(Cell cell, int value, CellStyle style) {
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /**
     * Puts a formula into a cell; the caller then stores its result for an empty log (nothing recorded yet), which
     * is what readers that do not recalculate show. Evaluating every formula at export gives the same values (a test
     * checks) but scans the whole Log once per formula.
     */
    private static Cell formula(Cell cell, String formula, CellStyle style) {
        cell.setCellFormula(formula);
        cell.setCellStyle(style);
        return cell;
    }

    private static Cell cell(XSSFSheet sheet, int row, int column) {
        Row existing = sheet.getRow(row);
        return (existing == null ? sheet.createRow(row) : existing).createCell(column);
    }

    /** The Log columns the formulas read, as absolute references over the log's rows. */
    private record Ranges(String week, String number, String done, String painBefore, String painAfter) {
        Ranges(int lastRow) {
            this(range(WEEK, lastRow), range(NUMBER, lastRow), range(DONE, lastRow), range(PAIN_BEFORE, lastRow),
                    range(PAIN_AFTER, lastRow));
        }

        private static String range(int column, int lastRow) {
            String letter = CellReference.convertNumToColString(column);
            return LOG_SHEET + "!$" + letter + "$2:$" + letter + "$" + lastRow;
        }
    }
}
