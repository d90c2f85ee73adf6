package dev.rehabdoc.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehabdoc.export.ExportException;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Exercise;
import dev.rehabdoc.model.Program;
import dev.rehabdoc.model.ProgramExercise;
import dev.rehabdoc.model.Step;
import dev.rehabdoc.testing.SyntheticCatalogs;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class XlsxExporterTest {
    @TempDir
    static Path shared;
    static Path seedOut;
    static Path syntheticOut;

    @TempDir
    Path out;

    @BeforeAll
    static void exportOnce() throws Exception {
        seedOut = shared.resolve("seed");
        syntheticOut = shared.resolve("synthetic");
        Fixtures.export(Fixtures.seed(), Fixtures.OPTIONS, seedOut);
        Fixtures.export(SyntheticCatalogs.generate(12, 1), Fixtures.OPTIONS, syntheticOut);
    }

    @Test
    void writesALogPerProgramAndTheCatalog() throws Exception {
        try (var files = Files.list(seedOut)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("program-cervical-template.xlsx", "program-lumbar-template.xlsx",
                            "catalog.xlsx");
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(seedOut.resolve("program-lumbar-template.xlsx").toFile())) {
            assertThat(workbook.getSheets().map(Sheet::getName)).containsExactly("Program", "Log", "Summary");
            List<Row> program = rows(workbook, "Program");
            assertThat(program.get(2).getCellText(0)).isEqualTo("Patient");
            assertThat(program.get(2).getCellText(1)).isEqualTo(ProgramSheet.NO_PATIENT);
            assertThat(program.get(5).getCellText(1)).isEqualTo(ProgramSheet.NO_START);
            assertThat(program.get(6).getCell(1).asNumber()).isEqualByComparingTo("6");
            assertThat(program.get(10).getCellText(1)).isEqualTo("Slow walking");
            assertThat(program.get(10).getCellText(4)).startsWith("Walk slowly");

            List<Row> log = workbook.findSheet("Log").orElseThrow().read();
            assertThat(log).hasSize(1 + 6 * 3 * 8);
            assertThat(log.get(0).getCellText(0)).isEqualTo("Date");
            assertThat(log.get(0).getCellText(10)).isEqualTo("Pain after (0-10)");
            assertThat(log.get(1).getCellText(0)).isEqualTo("Week 1, session 1");
            assertThat(log.get(1).getCellText(4)).isEqualTo("Slow walking");
            assertThat(log.get(9).getCellText(0)).isEqualTo("Week 1, session 2");
            assertThat(log.get(9).getCell(3).asNumber()).isEqualByComparingTo("1");
            assertThat(log.getLast().getCellText(0)).isEqualTo("Week 6, session 3");
        }
    }

    @Test
    void datesSessionsFromTheStartSpreadOverEachWeek() throws Exception {
        Path file = syntheticOut.resolve("program-program-1.xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            List<Row> log = workbook.findSheet("Log").orElseThrow().read();
            int exercises = (log.size() - 1) / (12 * 3);
            List<LocalDate> dates = new ArrayList<>();
            for (int row = 1; row < log.size(); row += exercises) {
                dates.add(log.get(row).getCell(0).asDate().toLocalDate());
            }
            assertThat(dates).startsWith(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 9),
                    LocalDate.of(2026, 1, 12));
            assertThat(dates).hasSize(36).last().isEqualTo(LocalDate.of(2026, 3, 27));
            assertThat(log.get(1).getCell(0).getDataFormatString()).isEqualTo("ddd d mmm yyyy");
        }
    }

    @Test
    void summaryHoldsFormulasWithStoredValuesAndNoErrors() throws Exception {
        try (ReadableWorkbook workbook = new ReadableWorkbook(seedOut.resolve("program-lumbar-template.xlsx").toFile())) {
            List<Row> summary = rows(workbook, "Summary");
            Row walking = summary.get(SummarySheet.EXERCISE_HEADER_ROW + 1);
            assertThat(walking.getCellText(1)).isEqualTo("Slow walking");
            assertThat(walking.getCell(3).getFormula()).contains("COUNTIFS(Log!$D$2:$D$145,$A6,Log!$G$2:$G$145,\"yes\")");
            assertThat(stored(walking.getCell(3))).isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(walking.getCell(4).getFormula()).startsWith("IF(D6=0,\"\"");
            assertThat(walking.getCell(4).getRawValue()).isEmpty();
            assertThat(walking.getCell(5).getFormula()).startsWith("IFERROR(AVERAGEIFS(");
            assertThat(walking.getCell(5).getRawValue()).isEmpty();
            Row week1 = summary.get(SummarySheet.weekHeaderRow(8) + 1);
            assertThat(week1.getCell(0).asNumber()).isEqualByComparingTo("1");
            assertThat(week1.getCell(2).asNumber()).isEqualByComparingTo("24");
            assertThat(week1.getCell(6).getRawValue()).isEmpty();
            for (Row row : summary) {
                for (var cell : row == null ? List.<org.dhatim.fastexcel.reader.Cell>of()
                        : row.getCells(0, Math.min(7, row.getCellCount()))) {
                    if (cell != null && cell.getType() == CellType.FORMULA) {
                        assertThat(cell.getType()).as(cell.getAddress().toString()).isNotEqualTo(CellType.ERROR);
                        assertThat(String.valueOf(cell.getRawValue())).as(cell.getAddress().toString())
                                .doesNotStartWith("#");
                    }
                }
            }
        }
    }

    @Test
    void summaryFormulasComputeWhatWasTyped() throws Exception {
        Path file = out.resolve("filled.xlsx");
        Files.copy(seedOut.resolve("program-lumbar-template.xlsx"), file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            var log = workbook.getSheet("Log");
            // Week 1 session 1: walking done, pain 6 -> 4; child's pose partly, pain 8 -> 7.
            log.getRow(1).getCell(LogLayout.DONE).setCellValue("yes");
            log.getRow(1).getCell(LogLayout.PAIN_BEFORE).setCellValue(6);
            log.getRow(1).getCell(LogLayout.PAIN_AFTER).setCellValue(4);
            log.getRow(4).getCell(LogLayout.DONE).setCellValue("partly");
            log.getRow(4).getCell(LogLayout.PAIN_BEFORE).setCellValue(8);
            log.getRow(4).getCell(LogLayout.PAIN_AFTER).setCellValue(7);
            log.getRow(9).getCell(LogLayout.DONE).setCellValue("no");
            org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            try (OutputStream output = Files.newOutputStream(file)) {
                workbook.write(output);
            }
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            List<Row> summary = rows(workbook, "Summary");
            Row walking = summary.get(SummarySheet.EXERCISE_HEADER_ROW + 1);
            assertThat(stored(walking.getCell(3))).isEqualByComparingTo("2");
            assertThat(stored(walking.getCell(4))).isEqualByComparingTo("0.5");
            assertThat(stored(walking.getCell(6))).isEqualByComparingTo("4");
            Row week1 = summary.get(SummarySheet.weekHeaderRow(8) + 1);
            assertThat(stored(week1.getCell(3))).isEqualByComparingTo("3");
            assertThat(stored(week1.getCell(4))).isEqualByComparingTo("0.5");
            assertThat(stored(week1.getCell(5))).isEqualByComparingTo("7");
            assertThat(stored(week1.getCell(6))).isEqualByComparingTo("5.5");
            assertThat(stored(week1.getCell(SummarySheet.CHART_AFTER))).isEqualByComparingTo("5.5");
            Row week2 = summary.get(SummarySheet.weekHeaderRow(8) + 2);
            assertThat(week2.getCell(4).getRawValue()).isEmpty();
            assertThat(week2.getCell(SummarySheet.CHART_AFTER).getRawValue()).isEqualTo("#N/A");
        }
    }

    @Test
    void logSheetLocksAllButInputsValidatesAndPrints() throws Exception {
        Path file = seedOut.resolve("program-lumbar-template.xlsx");
        Document sheet = Fixtures.part(file, "xl/worksheets/sheet2.xml");
        Element protection = first(sheet, "sheetProtection");
        assertThat(protection.getAttribute("sheet")).isIn("1", "true");
        assertThat(protection.hasAttribute("password")).isFalse();
        assertThat(protection.hasAttribute("hashValue")).isFalse();
        assertThat(protection.getAttribute("autoFilter")).isIn("0", "false");
        assertThat(first(Fixtures.part(file, "xl/worksheets/sheet1.xml"), "sheetProtection").getAttribute("sheet"))
                .isIn("1", "true");

        List<String> validations = new ArrayList<>();
        NodeList nodes = sheet.getElementsByTagName("dataValidation");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element validation = (Element) nodes.item(i);
            assertThat(validation.getAttribute("showErrorMessage")).isIn("1", "true");
            assertThat(validation.getAttribute("showInputMessage")).isIn("1", "true");
            validations.add(validation.getAttribute("sqref") + " " + validation.getAttribute("type") + " "
                    + text(validation, "formula1") + " " + text(validation, "formula2"));
        }
        assertThat(validations).containsExactlyInAnyOrder(
                "G2:G145 list \"yes,partly,no\" ", "H2:H145 whole 0 999", "I2:I145 whole 0 999",
                "J2:J145 whole 0 10", "K2:K145 whole 0 10");

        Document styles = Fixtures.part(file, "xl/styles.xml");
        assertThat(locked(styles, sheet, "G2")).isFalse();
        assertThat(locked(styles, sheet, "K145")).isFalse();
        assertThat(locked(styles, sheet, "L2")).isFalse();
        assertThat(locked(styles, sheet, "E2")).isTrue();
        assertThat(locked(styles, sheet, "A2")).isTrue();
        assertThat(locked(styles, sheet, "F1")).isTrue();

        Element pane = first(sheet, "pane");
        assertThat(Double.parseDouble(pane.getAttribute("ySplit"))).isEqualTo(1.0);
        assertThat(pane.getAttribute("state")).isEqualTo("frozen");
        Element rule = first(sheet, "cfRule");
        assertThat(rule.getAttribute("operator")).isEqualTo("greaterThanOrEqual");
        assertThat(text(rule, "formula")).isEqualTo("7");
        assertThat(((Element) rule.getParentNode()).getAttribute("sqref")).isEqualTo("J2:K145");
        assertThat(first(sheet, "pageSetup").getAttribute("orientation")).isEqualTo("landscape");
        assertThat(first(sheet, "pageSetup").getAttribute("fitToHeight")).isEqualTo("0");
        assertThat(first(sheet, "pageSetUpPr").getAttribute("fitToPage")).isIn("1", "true");
        assertThat(first(sheet, "oddFooter").getTextContent()).contains("Pinched nerve in the lower back", "&P");

        Document table = Fixtures.part(file, "xl/tables/table1.xml");
        assertThat(table.getDocumentElement().getAttribute("ref")).isEqualTo("A1:L145");
        assertThat(first(table, "autoFilter").getAttribute("ref")).isEqualTo("A1:L145");
        Document workbook = Fixtures.part(file, "xl/workbook.xml");
        NodeList names = workbook.getElementsByTagName("definedName");
        List<String> defined = new ArrayList<>();
        for (int i = 0; i < names.getLength(); i++) {
            defined.add(((Element) names.item(i)).getAttribute("name") + "=" + names.item(i).getTextContent());
        }
        assertThat(defined).contains("_xlnm.Print_Titles=Log!$1:$1");
    }

    @Test
    void summaryHasALineChartOfPainByWeek() throws Exception {
        Document chart = Fixtures.part(seedOut.resolve("program-lumbar-template.xlsx"), "xl/charts/chart1.xml");
        assertThat(chart.getElementsByTagName("c:lineChart").getLength()).isEqualTo(1);
        assertThat(chart.getElementsByTagName("c:ser").getLength()).isEqualTo(2);
        assertThat(chart.getDocumentElement().getTextContent()).contains("Average pain by week", "Summary!$J$");
    }

    @Test
    void summaryPrintsItsChartOnAPageOfItsOwn() throws Exception {
        Path file = seedOut.resolve("program-lumbar-template.xlsx");
        Element from = first(Fixtures.part(file, "xl/drawings/drawing1.xml"), "xdr:from");
        String chartRow = text(from, "xdr:row");
        Element rowBreak = first(Fixtures.part(file, "xl/worksheets/sheet3.xml"), "brk");

        // A break's id is the row it comes above, counted from 0 as the anchor's row is: here the blank row above
        // the chart.
        assertThat(Integer.parseInt(rowBreak.getAttribute("id"))).isEqualTo(Integer.parseInt(chartRow) - 1);
        assertThat(rowBreak.getAttribute("man")).isIn("1", "true");
    }

    @Test
    void catalogListsEveryExerciseWithKindDoseStepsAndSources() throws Exception {
        Catalog seed = Fixtures.seed();
        try (ReadableWorkbook workbook = new ReadableWorkbook(seedOut.resolve("catalog.xlsx").toFile())) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Id");
            assertThat(rows).hasSize(1 + seed.exercises().size());
            Exercise first = seed.exercises().getFirst();
            assertThat(rows.get(1).getCellText(0)).isEqualTo(first.id());
            assertThat(rows.get(1).getCellText(2)).isEqualTo(first.kind().label());
            assertThat(rows.get(1).getCellText(4)).startsWith("1. " + first.steps().getFirst().text());
            assertThat(rows.stream().map(row -> row.getCellText(6)).filter(text -> !text.isEmpty())).isNotEmpty();
        }
    }

    @Test
    void aLargeCatalogIsStreamedIntoTheSameRowsAsASmallOne(@TempDir Path streamedOut) throws Exception {
        Catalog seed = Fixtures.seed();
        List<Exercise> exercises = new ArrayList<>(seed.exercises());
        for (int copy = 0; exercises.size() <= CatalogWorkbook.STREAMED_ABOVE; copy++) {
            for (Exercise e : seed.exercises()) {
                exercises.add(new Exercise(e.id() + "-" + copy, e.name(), e.kind(), e.summary(), e.steps(), e.dose(),
                        e.cautions(), e.tags(), e.images(), e.quotes(), e.evidence()));
            }
        }
        Catalog large = new Catalog(seed.publication().orElse(null), seed.experts(), seed.riskFactors(),
                seed.conditions(), exercises, List.of());
        Fixtures.export(large, Fixtures.OPTIONS, streamedOut);

        try (ReadableWorkbook small = new ReadableWorkbook(seedOut.resolve("catalog.xlsx").toFile());
                ReadableWorkbook streamed = new ReadableWorkbook(streamedOut.resolve("catalog.xlsx").toFile())) {
            List<Row> smallRows = small.getFirstSheet().read();
            List<Row> streamedRows = streamed.getFirstSheet().read();
            assertThat(streamedRows).hasSize(1 + exercises.size());
            for (int i = 0; i < smallRows.size(); i++) {
                for (int column = 0; column < CatalogWorkbook.HEADERS.size(); column++) {
                    assertThat(streamedRows.get(i).getCellText(column)).as("row %d column %d", i, column)
                            .isEqualTo(smallRows.get(i).getCellText(column));
                }
            }
            assertThat(streamedRows.getLast().getCellText(0)).isEqualTo(exercises.getLast().id());
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws Exception {
        Catalog seed = Fixtures.seed();
        Exercise tricky = seed.exercises().getFirst();
        tricky = new Exercise(tricky.id(), "=HYPERLINK(\"http://x\",\"click\")", tricky.kind(), tricky.summary(),
                List.of(new Step("+1 more step"), new Step("-5 degrees"), new Step("@home")), tricky.dose(),
                tricky.cautions(), tricky.tags(), tricky.images(), tricky.quotes(), tricky.evidence());
        List<Exercise> exercises = new ArrayList<>(seed.exercises());
        exercises.set(0, tricky);
        Program program = seed.programs().getFirst();
        program = new Program(program.id(), program.title(), program.condition(), "@Smith & Co", "-Dr. A",
                null, 1, 1, List.of(new ProgramExercise(tricky.id(), null, "=1+1")));
        Catalog catalog = new Catalog(seed.publication().orElse(null), seed.experts(), seed.riskFactors(),
                seed.conditions(), exercises, List.of(program));
        Fixtures.export(catalog, Fixtures.OPTIONS, out);

        Path file = out.resolve("program-" + program.id() + ".xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            List<Row> rows = rows(workbook, "Program");
            assertText(rows.get(2).getCell(1), "@Smith & Co");
            assertText(rows.get(3).getCell(1), "-Dr. A");
            assertText(rows.get(10).getCell(1), "=HYPERLINK(\"http://x\",\"click\")");
            assertText(rows.get(10).getCell(4), "=1+1");
            assertText(workbook.findSheet("Log").orElseThrow().read().get(1).getCell(4), tricky.name());
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(out.resolve("catalog.xlsx").toFile())) {
            assertText(workbook.getFirstSheet().read().get(1).getCell(4), "1. +1 more step\n2. -5 degrees\n3. @home");
        }
        assertThat(first(Fixtures.part(file, "xl/worksheets/sheet2.xml"), "oddFooter").getTextContent())
                .contains("@Smith && Co");
        assertThat(Fixtures.part(file, "xl/styles.xml").getElementsByTagName("xf").getLength()).isPositive();
    }

    @Test
    void keepsALogWithTypedEntriesUnlessForced() throws Exception {
        Fixtures.export(Fixtures.seed(), Fixtures.OPTIONS, out);
        Path log = out.resolve("program-lumbar-template.xlsx");
        LogFilling.fill(log, 1, "yes", 2, 10, 5, 3, "felt fine");
        LogFilling.fill(log, 2, null, null, null, null, null, "skipped: knee");
        byte[] typed = Files.readAllBytes(log);

        assertThatThrownBy(() -> Fixtures.export(Fixtures.seed(), Fixtures.OPTIONS, out))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("program-lumbar-template.xlsx: this exercise log has 2 entries")
                .hasMessageContaining("--force");
        assertThat(Files.readAllBytes(log)).isEqualTo(typed);

        Fixtures.export(Fixtures.seed(), Fixtures.OPTIONS.withForce(true), out);
        assertThat(Files.readAllBytes(log)).isEqualTo(Files.readAllBytes(seedOut.resolve("program-lumbar-template.xlsx")));
        Fixtures.export(Fixtures.seed(), Fixtures.OPTIONS.withTimestamp(LocalDateTime.of(2026, 4, 1, 0, 0)
                .toInstant(java.time.ZoneOffset.UTC)), out);
        assertThat(Files.readAllBytes(log)).isNotEqualTo(typed);
    }

    @Test
    void refusesToReplaceAFileThatIsNotALog() throws Exception {
        Files.writeString(out.resolve("program-lumbar-template.xlsx"), "my own notes");
        assertThatThrownBy(() -> Fixtures.export(Fixtures.seed(), Fixtures.OPTIONS, out))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("not a rehabdoc exercise log is in the way");
        assertThat(Files.readString(out.resolve("program-lumbar-template.xlsx"))).isEqualTo("my own notes");
    }

    @Test
    void anEmptyCatalogGivesAHeaderOnlyCatalogWorkbook() throws Exception {
        Fixtures.export(new Catalog(null, null, null, null, null, null), Fixtures.OPTIONS, out);

        try (var files = Files.list(out)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactly("catalog.xlsx");
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(out.resolve("catalog.xlsx").toFile())) {
            assertThat(workbook.getFirstSheet().read()).hasSize(1);
        }
    }

    @Test
    void refusesAProgramTooLongForOneLog() {
        Catalog seed = Fixtures.seed();
        Program program = seed.programs().getFirst();
        Program tenYears = new Program(program.id(), program.title(), program.condition(), null, null, null, 520, 21,
                program.exercises().subList(0, 1));
        Catalog catalog = new Catalog(seed.publication().orElse(null), seed.experts(), seed.riskFactors(),
                seed.conditions(), seed.exercises(), List.of(tenYears));

        assertThatThrownBy(() -> Fixtures.export(catalog, Fixtures.OPTIONS, out))
                .isInstanceOf(ExportException.class)
                .hasMessage("program-cervical-template.xlsx: program 'cervical-template' plans 10920 log rows "
                        + "(520 weeks x 21 sessions x 1 exercises); an exercise log holds at most 10000, so split "
                        + "the program");
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void theSameInputGivesTheSameBytes() throws Exception {
        Fixtures.export(Fixtures.seed(), Fixtures.OPTIONS, out);
        for (String name : List.of("program-lumbar-template.xlsx", "catalog.xlsx")) {
            assertThat(Files.readAllBytes(out.resolve(name)))
                    .as(name).isEqualTo(Files.readAllBytes(seedOut.resolve(name)));
        }
    }

    @Test
    void workbooksWrittenSideBySideAllHaveFixedZipEntryTimes() throws Exception {
        // 40 logs and the catalog, written on every processor: a workbook written while POI's switch for fixed
        // times was off would carry the clock's time in its entries, and would differ at each export.
        Fixtures.export(SyntheticCatalogs.generate(400, 9), Fixtures.OPTIONS, out);
        List<Path> workbooks;
        try (var files = Files.list(out)) {
            workbooks = files.filter(file -> file.toString().endsWith(".xlsx")).toList();
        }
        assertThat(workbooks).hasSizeGreaterThan(40);
        for (Path workbook : workbooks) {
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(workbook.toFile())) {
                // POI's fixed time is the epoch, kept in each entry's extended timestamp.
                assertThat(zip.stream().map(java.util.zip.ZipEntry::getTime))
                        .as(workbook.getFileName().toString()).isNotEmpty().allMatch(time -> time == 0L);
            }
        }
    }

    /** The rows of a sheet indexed from 0 like POI's, with null for rows the file leaves out. */
    static List<Row> rows(ReadableWorkbook workbook, String sheet) throws java.io.IOException {
        List<Row> rows = new ArrayList<>();
        for (Row row : workbook.findSheet(sheet).orElseThrow().read()) {
            while (rows.size() < row.getRowNum() - 1) {
                rows.add(null);
            }
            rows.add(row);
        }
        return rows;
    }

    /** The value a formula cell stores for readers that do not recalculate. */
    static BigDecimal stored(org.dhatim.fastexcel.reader.Cell cell) {
        assertThat(cell.getType()).isEqualTo(CellType.FORMULA);
        return new BigDecimal(cell.getRawValue());
    }

    private static void assertText(org.dhatim.fastexcel.reader.Cell cell, String expected) {
        assertThat(cell.getType()).isEqualTo(CellType.STRING);
        assertThat(cell.getFormula()).isNull();
        assertThat(cell.asString()).isEqualTo(expected);
    }

    private static Element first(Document document, String tag) {
        NodeList nodes = document.getElementsByTagName(tag);
        assertThat(nodes.getLength()).as(tag).isPositive();
        return (Element) nodes.item(0);
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }

    /** Whether the cell at {@code address} has a style whose protection leaves it locked (the default). */
    private static boolean locked(Document styles, Document sheet, String address) {
        NodeList cells = sheet.getElementsByTagName("c");
        for (int i = 0; i < cells.getLength(); i++) {
            Element cell = (Element) cells.item(i);
            if (cell.getAttribute("r").equals(address)) {
                int style = cell.hasAttribute("s") ? Integer.parseInt(cell.getAttribute("s")) : 0;
                Element xf = (Element) ((Element) styles.getElementsByTagName("cellXfs").item(0))
                        .getElementsByTagName("xf").item(style);
                NodeList protection = xf.getElementsByTagName("protection");
                return protection.getLength() == 0
                        || !List.of("0", "false").contains(((Element) protection.item(0)).getAttribute("locked"));
            }
        }
        throw new AssertionError("no cell " + address);
    }
}
