package dev.rehabdoc.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rehabdoc.testing.SyntheticCatalogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.poi.xssf.usermodel.DefaultIndexedColorMap;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The rules of Excel's Accessibility Checker that a file can be held to, checked on the written parts themselves
 * (the JDK's XML parser and fastexcel, not POI): alternative text on every drawn object, tables with a header row,
 * sheet names that are not Excel's defaults, no merged cells, text that stands out from its fill, and high pain
 * marked in words as well as shaded.
 */
class AccessibilityRulesTest {
    /** WCAG 2.1 AA for normal text (1.4.3). */
    private static final double TEXT_CONTRAST = 4.5;
    /** WCAG 2.1 AA for graphical objects such as a chart's lines and markers (1.4.11). */
    private static final double GRAPHIC_CONTRAST = 3.0;

    @TempDir
    static Path shared;
    static List<Path> workbooks;

    @BeforeAll
    static void exportOnce() throws Exception {
        Fixtures.export(Fixtures.seed(), Fixtures.OPTIONS, shared.resolve("seed"));
        Fixtures.export(SyntheticCatalogs.generate(6, 2), Fixtures.OPTIONS, shared.resolve("synthetic"));
        workbooks = new ArrayList<>();
        for (String folder : List.of("seed", "synthetic")) {
            try (var files = Files.list(shared.resolve(folder))) {
                files.filter(file -> file.toString().endsWith(".xlsx")).sorted().forEach(workbooks::add);
            }
        }
        assertThat(workbooks).hasSizeGreaterThan(4);
    }

    @Test
    void sheetsHaveNamesThatSayWhatTheyHold() throws Exception {
        for (Path file : workbooks) {
            List<String> names = new ArrayList<>();
            NodeList sheets = Fixtures.part(file, "xl/workbook.xml").getElementsByTagName("sheet");
            for (int i = 0; i < sheets.getLength(); i++) {
                names.add(((Element) sheets.item(i)).getAttribute("name"));
            }
            assertThat(names).as(file.getFileName().toString())
                    .noneMatch(name -> name.matches("(?i)sheet ?\\d*"))
                    .isEqualTo(file.getFileName().toString().equals(CatalogWorkbook.FILE_NAME)
                            ? List.of(CatalogWorkbook.SHEET)
                            : List.of(LogLayout.PROGRAM_SHEET, LogLayout.LOG_SHEET, LogLayout.SUMMARY_SHEET));
        }
    }

    /** The Log is an Excel table whose header row is its first row, as a screen reader announces it. */
    @Test
    void theLogIsATableWithAHeaderRow() throws Exception {
        for (Path file : logs()) {
            Element table = Fixtures.part(file, "xl/tables/table1.xml").getDocumentElement();
            assertThat(table.getAttribute("headerRowCount")).as("absent means one header row").isIn("", "1");
            assertThat(table.getAttribute("name")).isEqualTo(LogLayout.TABLE_NAME).doesNotMatch("Table\\d+");
            assertThat(table.getAttribute("ref")).startsWith("A1:");
            List<String> columns = new ArrayList<>();
            NodeList nodes = table.getElementsByTagName("tableColumn");
            for (int i = 0; i < nodes.getLength(); i++) {
                columns.add(((Element) nodes.item(i)).getAttribute("name"));
            }
            try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
                Row header = workbook.findSheet(LogLayout.LOG_SHEET).orElseThrow().read().getFirst();
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < columns.size(); column++) {
                    cells.add(header.getCellText(column));
                }
                assertThat(columns).isEqualTo(cells).isEqualTo(LogLayout.LOG_HEADERS);
            }
        }
    }

    @Test
    void everyDrawnObjectHasAlternativeText() throws Exception {
        int objects = 0;
        for (Path file : workbooks) {
            for (String part : parts(file, "xl/drawings/drawing")) {
                NodeList properties = Fixtures.part(file, part).getElementsByTagName("xdr:cNvPr");
                for (int i = 0; i < properties.getLength(); i++) {
                    Element object = (Element) properties.item(i);
                    assertThat(object.getAttribute("descr")).as(file.getFileName() + " " + part).isNotBlank()
                            .doesNotContainPattern("\\.(png|jpe?g|gif|xlsx)\\b");
                    objects++;
                }
            }
        }
        assertThat(objects).as("a chart per log").isEqualTo(logs().size());
    }

    @Test
    void theChartSaysWhatItShows() throws Exception {
        Path file = shared.resolve("seed/program-lumbar-template.xlsx");
        Element chart = (Element) Fixtures.part(file, "xl/drawings/drawing1.xml").getElementsByTagName("xdr:cNvPr")
                .item(0);
        assertThat(chart.getAttribute("title")).isEqualTo("Average pain by week");
        assertThat(chart.getAttribute("name")).isEqualTo("Average pain by week");
        assertThat(chart.getAttribute("descr")).startsWith("Line chart, Average pain by week: ")
                .contains("before and after", "6 weeks", "0 (no pain) to 10", "By week table");
    }

    /** The chart's two lines differ in colour, dash and marker, and each stands 3:1 or more against white. */
    @Test
    void theChartsLinesDifferInMoreThanColour() throws Exception {
        Document chart = Fixtures.part(shared.resolve("seed/program-lumbar-template.xlsx"), "xl/charts/chart1.xml");
        NodeList series = chart.getElementsByTagName("c:ser");
        assertThat(series.getLength()).isEqualTo(2);
        List<String> looks = new ArrayList<>();
        for (int i = 0; i < series.getLength(); i++) {
            Element line = first((Element) series.item(i), "a:ln");
            int rgb = Integer.parseInt(first(line, "a:srgbClr").getAttribute("val"), 16);
            assertThat(contrast(rgb, 0xFFFFFF)).as("series " + i).isGreaterThanOrEqualTo(GRAPHIC_CONTRAST);
            Element marker = first((Element) series.item(i), "c:marker");
            assertThat(first(marker, "a:srgbClr").getAttribute("val")).as("marker in the line's colour")
                    .isEqualTo(first(line, "a:srgbClr").getAttribute("val"));
            looks.add(first(line, "a:prstDash").getAttribute("val") + " "
                    + first(marker, "c:symbol").getAttribute("val"));
        }
        assertThat(looks).containsExactly("solid circle", "dash square");
    }

    @Test
    void noCellsAreMerged() throws Exception {
        for (Path file : workbooks) {
            for (String part : parts(file, "xl/worksheets/sheet")) {
                assertThat(Fixtures.part(file, part).getElementsByTagName("mergeCell").getLength())
                        .as(file.getFileName() + " " + part).isZero();
            }
        }
    }

    /** Every cell style that colours text or fills a cell, and the high-pain shading, reads at 4.5:1 or more. */
    @Test
    void textStandsOutFromItsFill() throws Exception {
        for (Path file : workbooks) {
            Document styles = Fixtures.part(file, "xl/styles.xml");
            List<Element> fonts = children(styles, "fonts", "font");
            List<Element> fills = children(styles, "fills", "fill");
            int checked = 0;
            for (Element xf : children(styles, "cellXfs", "xf")) {
                Element font = fonts.get(Integer.parseInt(xf.getAttribute("fontId")));
                Element fill = (Element) fills.get(Integer.parseInt(xf.getAttribute("fillId")))
                        .getElementsByTagName("patternFill").item(0);
                int background = "solid".equals(fill.getAttribute("patternType"))
                        ? colour(first(fill, "fgColor"), 0xFFFFFF) : 0xFFFFFF;
                double ratio = contrast(colour(first(font, "color"), 0x000000), background);
                assertThat(ratio).as(file.getFileName() + " cell style " + checked).isGreaterThanOrEqualTo(TEXT_CONTRAST);
                checked++;
            }
            for (Element dxf : children(styles, "dxfs", "dxf")) {
                int background = colour(first(dxf, "bgColor"), 0xFFFFFF);
                double ratio = contrast(colour(first(dxf, "color"), 0x000000), background);
                assertThat(ratio).as(file.getFileName() + " high pain").isGreaterThanOrEqualTo(TEXT_CONTRAST);
            }
        }
    }

    /** The shade is not the only sign of high pain: the same rule shows the number followed by "(high)". */
    @Test
    void highPainIsMarkedInWordsAsWellAsShaded() throws Exception {
        for (Path file : logs()) {
            Document sheet = Fixtures.part(file, "xl/worksheets/sheet2.xml");
            NodeList rules = sheet.getElementsByTagName("cfRule");
            assertThat(rules.getLength()).isEqualTo(1);
            Element rule = (Element) rules.item(0);
            assertThat(rule.getAttribute("operator")).isEqualTo("greaterThanOrEqual");
            assertThat(rule.getElementsByTagName("formula").item(0).getTextContent()).isEqualTo("7");
            assertThat(((Element) rule.getParentNode()).getAttribute("sqref")).startsWith("J2:K");

            Element dxf = children(Fixtures.part(file, "xl/styles.xml"), "dxfs", "dxf")
                    .get(Integer.parseInt(rule.getAttribute("dxfId")));
            assertThat(first(dxf, "patternFill").getAttribute("patternType")).isEqualTo("solid");
            Element format = first(dxf, "numFmt");
            assertThat(format).as("a number format in the rule").isNotNull();
            assertThat(format.getAttribute("formatCode")).isEqualTo("General\" (high)\"");
            assertThat(Integer.parseInt(format.getAttribute("numFmtId"))).isGreaterThanOrEqualTo(164);
        }
    }

    @Test
    void thePainPromptSaysHowHighPainShows() throws Exception {
        Document sheet = Fixtures.part(shared.resolve("seed/program-lumbar-template.xlsx"), "xl/worksheets/sheet2.xml");
        NodeList validations = sheet.getElementsByTagName("dataValidation");
        List<String> prompts = new ArrayList<>();
        for (int i = 0; i < validations.getLength(); i++) {
            Element validation = (Element) validations.item(i);
            if (validation.getAttribute("sqref").startsWith("J") || validation.getAttribute("sqref").startsWith("K")) {
                prompts.add(validation.getAttribute("prompt"));
            }
        }
        assertThat(prompts).hasSize(2).allMatch(prompt -> prompt.endsWith("7 or more is shaded and marked (high)."));
    }

    /** The contrast ratio itself, on pairs whose ratio WCAG's own examples give. */
    @Test
    void contrastIsComputedAsWcagDefinesIt() {
        assertThat(contrast(0x000000, 0xFFFFFF)).isCloseTo(21.0, within(0.001));
        assertThat(contrast(0xFFFFFF, 0xFFFFFF)).isCloseTo(1.0, within(0.001));
        assertThat(contrast(0x808080, 0xFFFFFF)).as("the notes' former grey").isCloseTo(3.95, within(0.01));
        assertThat(contrast(0x767676, 0xFFFFFF)).as("the lightest grey that passes").isCloseTo(4.54, within(0.01));
    }

    /** WCAG 2.1's contrast ratio of two sRGB colours given as 0xRRGGBB. */
    static double contrast(int foreground, int background) {
        double a = luminance(foreground);
        double b = luminance(background);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(int rgb) {
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** A colour element's RGB: its {@code rgb} (ARGB hex), or its {@code indexed} entry in Excel's default palette. */
    private static int colour(Element colour, int otherwise) {
        if (colour == null || colour.hasAttribute("auto")) {
            return otherwise;
        }
        if (colour.hasAttribute("rgb")) {
            String argb = colour.getAttribute("rgb");
            return Integer.parseInt(argb.substring(argb.length() - 6), 16);
        }
        assertThat(colour.hasAttribute("theme")).as("theme colours are not used").isFalse();
        int index = Integer.parseInt(colour.getAttribute("indexed"));
        byte[] rgb = DefaultIndexedColorMap.getDefaultRGB(index);
        if (rgb == null) {
            // 64 and 65 are the system's text and window colours.
            return index == 65 ? 0xFFFFFF : 0x000000;
        }
        return (rgb[0] & 0xFF) << 16 | (rgb[1] & 0xFF) << 8 | rgb[2] & 0xFF;
    }

    private static List<Path> logs() {
        return workbooks.stream().filter(file -> !file.getFileName().toString().equals(CatalogWorkbook.FILE_NAME))
                .toList();
    }

    /** The names of a package's parts that start with {@code prefix} and are XML. */
    private static List<String> parts(Path file, String prefix) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.stream().map(java.util.zip.ZipEntry::getName)
                    .filter(name -> name.startsWith(prefix) && name.endsWith(".xml")).sorted().toList();
        }
    }

    private static List<Element> children(Document document, String list, String item) {
        List<Element> elements = new ArrayList<>();
        NodeList lists = document.getElementsByTagName(list);
        if (lists.getLength() == 0) {
            return elements;
        }
        NodeList nodes = lists.item(0).getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getTagName().equals(item)) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static Element first(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : (Element) nodes.item(0);
    }
}
