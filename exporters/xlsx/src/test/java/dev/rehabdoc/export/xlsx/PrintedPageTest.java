package dev.rehabdoc.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehabdoc.export.ExportOptions;
import dev.rehabdoc.export.PageSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every sheet of every workbook prints on the paper of the handouts, read from the written XML without POI. */
class PrintedPageTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(PageSize.class)
    void everySheetPrintsOnTheHandoutsPaper(PageSize paper) throws Exception {
        ExportOptions options = Fixtures.OPTIONS.withHandouts(Fixtures.OPTIONS.handouts().withPageSize(paper));
        Fixtures.export(Fixtures.seed(), options, folder);
        String expected = paper == PageSize.A4 ? "9" : "1";
        List<Path> files;
        try (var listing = Files.list(folder)) {
            files = listing.filter(file -> file.toString().endsWith(".xlsx")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(1);
        int sheets = 0;
        for (Path file : files) {
            List<String> parts;
            try (ZipFile zip = new ZipFile(file.toFile())) {
                parts = zip.stream().map(java.util.zip.ZipEntry::getName)
                        .filter(name -> name.matches("xl/worksheets/sheet\\d+\\.xml")).sorted().toList();
            }
            for (String part : parts) {
                NodeList setups = Fixtures.part(file, part).getElementsByTagName("pageSetup");
                assertThat(setups.getLength()).as(file.getFileName() + " " + part).isEqualTo(1);
                Element setup = (Element) setups.item(0);
                assertThat(setup.getAttribute("paperSize")).as(file.getFileName() + " " + part).isEqualTo(expected);
                assertThat(setup.getAttribute("orientation")).isEqualTo("landscape");
                sheets++;
            }
        }
        assertThat(sheets).isEqualTo(3 * (files.size() - 1) + 1);
    }

    /** openpyxl warns "Workbook contains no default style" without it. */
    @ParameterizedTest
    @EnumSource(PageSize.class)
    void everyWorkbookHasTheNormalCellStyle(PageSize paper) throws Exception {
        ExportOptions options = Fixtures.OPTIONS.withHandouts(Fixtures.OPTIONS.handouts().withPageSize(paper));
        Fixtures.export(Fixtures.seed(), options, folder);
        try (var listing = Files.list(folder)) {
            for (Path file : listing.filter(name -> name.toString().endsWith(".xlsx")).toList()) {
                NodeList styles = Fixtures.part(file, "xl/styles.xml").getElementsByTagName("cellStyle");
                assertThat(styles.getLength()).as(file.getFileName().toString()).isEqualTo(1);
                Element normal = (Element) styles.item(0);
                assertThat(normal.getAttribute("name")).isEqualTo("Normal");
                assertThat(normal.getAttribute("xfId")).isEqualTo("0");
                assertThat(normal.getAttribute("builtinId")).isEqualTo("0");
            }
        }
    }
}
