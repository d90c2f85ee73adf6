package dev.rehabdoc.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehabdoc.testing.SyntheticCatalogs;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartValuesTest {
    @TempDir
    Path out;

    /** The chart's cached values, read from its XML, are those POI's evaluator computes from the cells it refers to. */
    @Test
    void chartCachesWhatAnEvaluatorComputesFromTheCells() throws Exception {
        Fixtures.export(SyntheticCatalogs.generate(6, 2), Fixtures.OPTIONS, out);
        Path file = out.resolve("program-program-1.xlsx");
        NodeList references = Fixtures.part(file, "xl/charts/chart1.xml").getElementsByTagName("c:numRef");
        assertThat(references.getLength()).as("categories and values of two series").isEqualTo(4);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet summary = workbook.getSheet(LogLayout.SUMMARY_SHEET);
            for (int i = 0; i < references.getLength(); i++) {
                Element reference = (Element) references.item(i);
                String range = reference.getElementsByTagName("c:f").item(0).getTextContent();
                assertThat(range).startsWith(LogLayout.SUMMARY_SHEET + "!");
                assertThat(cached(reference)).as(range).isEqualTo(evaluated(summary, range));
            }
        }
    }

    @Test
    void weeksAreCachedAsNumbers() throws Exception {
        Fixtures.export(SyntheticCatalogs.generate(6, 2), Fixtures.OPTIONS, out);
        Document chart = Fixtures.part(out.resolve("program-program-1.xlsx"), "xl/charts/chart1.xml");
        Map<Integer, Double> weeks = cached((Element) chart.getElementsByTagName("c:numRef").item(0));
        assertThat(weeks).isNotEmpty();
        weeks.forEach((index, week) -> assertThat(week).isEqualTo(index + 1.0));
    }

    /** The points of a cache by index; a cell without a number has no point, which the chart shows as a gap. */
    private static Map<Integer, Double> cached(Element reference) {
        Map<Integer, Double> points = new TreeMap<>();
        NodeList pts = reference.getElementsByTagName("c:pt");
        for (int i = 0; i < pts.getLength(); i++) {
            Element pt = (Element) pts.item(i);
            points.put(Integer.parseInt(pt.getAttribute("idx")),
                    Double.valueOf(pt.getElementsByTagName("c:v").item(0).getTextContent()));
        }
        return points;
    }

    private static Map<Integer, Double> evaluated(XSSFSheet sheet, String range) {
        XDDFDataSource<Double> cells = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                CellRangeAddress.valueOf(range.substring(range.indexOf('!') + 1)));
        Map<Integer, Double> points = new TreeMap<>();
        for (int i = 0; i < cells.getPointCount(); i++) {
            if (cells.getPointAt(i) != null) {
                points.put(i, cells.getPointAt(i));
            }
        }
        return points;
    }
}
