package dev.rehabdoc.export.xlsx;

import dev.rehabdoc.export.ExportException;
import dev.rehabdoc.export.ExportOptions;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Evidence;
import dev.rehabdoc.model.Exercise;
import dev.rehabdoc.model.Quote;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * {@code catalog.xlsx}: every exercise in one sheet, streamed row by row when the catalog is large, so that any
 * catalog size fits in memory.
 */
final class CatalogWorkbook {
    static final String FILE_NAME = "catalog.xlsx";
    static final String SHEET = "Exercises";
    static final List<String> HEADERS =
            List.of("Id", "Exercise", "Kind", "Dose", "Steps", "Cautions", "Quoted experts", "Evidence");
    private static final int[] WIDTHS = {22, 28, 11, 24, 60, 36, 26, 50};
    /** Rows kept in memory before SXSSF flushes them to its temporary file. */
    private static final int WINDOW = 200;
    /**
     * Up to this many exercises the sheet is built in memory (a few megabytes) rather than streamed: a streamed sheet
     * measures the default font's characters through Java's desktop fonts, a fifth of a second on a fresh JVM.
     */
    static final int STREAMED_ABOVE = 2_000;

    private CatalogWorkbook() {
    }

    /**
     * Writes the catalog workbook.
     *
     * @throws ExportException when a field of an exercise is longer than a cell holds, naming the exercise
     */
    static void write(Catalog catalog, ExportOptions options, OutputStream out) throws ExportException, IOException {
        boolean streamed = catalog.exercises().size() > STREAMED_ABOVE;
        try (Workbook workbook = streamed ? new SXSSFWorkbook(WINDOW) : new XSSFWorkbook()) {
            CellStyles styles = new CellStyles(workbook);
            Sheet sheet = workbook.createSheet(SHEET);
            Row header = sheet.createRow(0);
            for (int column = 0; column < HEADERS.size(); column++) {
                styles.putLabel(header.createCell(column), HEADERS.get(column), styles.header);
                sheet.setColumnWidth(column, WIDTHS[column] * 256);
            }
            int rowIndex = 1;
            for (Exercise exercise : catalog.exercises()) {
                Row row = sheet.createRow(rowIndex++);
                List<String> values = List.of(exercise.id(), exercise.name(), exercise.kind().label(),
                        exercise.dose().describe(), numbered(exercise), lines(exercise.cautions()),
                        experts(catalog, exercise.quotes()), evidence(exercise.evidence()));
                int lines = 1;
                for (int column = 0; column < values.size(); column++) {
                    lines = Math.max(lines, CellStyles.lines(values.get(column), WIDTHS[column]));
                    try {
                        styles.put(row.createCell(column), values.get(column), styles.wrapped);
                    } catch (CellStyles.TooLongForCell e) {
                        throw new ExportException(FILE_NAME + ": exercise '" + exercise.id() + "': "
                                + HEADERS.get(column).toLowerCase(java.util.Locale.ROOT) + " has " + e.getMessage());
                    }
                }
                row.setHeightInPoints(CellStyles.height(lines));
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rowIndex - 1, 1), 0, HEADERS.size() - 1));
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
            PrintedPage.landscape(sheet, options.handouts().pageSize());
            PrintedPage.clinicHeader(sheet, catalog.clinic());
            sheet.getFooter().setRight("Page &P of &N");
            ExerciseLogWorkbook.describe(workbook instanceof SXSSFWorkbook stream ? stream.getXSSFWorkbook()
                    : (XSSFWorkbook) workbook, "Exercise catalog", options);
            FixedZipTimes.write(() -> workbook.write(out));
        }
    }

    private static String numbered(Exercise exercise) {
        List<String> steps = new ArrayList<>();
        for (int i = 0; i < exercise.steps().size(); i++) {
            steps.add((i + 1) + ". " + exercise.steps().get(i).text());
        }
        return String.join("\n", steps);
    }

    private static String lines(List<String> items) {
        return String.join("\n", items);
    }

    private static String experts(Catalog catalog, List<Quote> quotes) {
        Set<String> names = new LinkedHashSet<>();
        for (Quote quote : quotes) {
            names.add(catalog.findExpert(quote.expert()).map(dev.rehabdoc.model.Expert::byline).orElse(quote.expert()));
        }
        return String.join("\n", names);
    }

    private static String evidence(List<Evidence> evidence) {
        List<String> lines = new ArrayList<>();
        for (Evidence finding : evidence) {
            lines.add(finding.source() == null || finding.source().isBlank()
                    ? finding.claim() : finding.claim() + " (" + finding.source() + ")");
        }
        return String.join("\n", lines);
    }
}
