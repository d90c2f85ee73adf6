package dev.rehabdoc.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehabdoc.export.LogImporter;
import dev.rehabdoc.testing.Clinics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/** A clinic on the workbooks: the print header of every sheet, and its rows on a log's Program sheet. */
class ClinicInWorkbooksTest {
    private static final String CONTACTS = "0113 496 0000  \u00B7  hello@riverside.example  \u00B7  "
            + "https://riverside.example/physio";
    @TempDir
    static Path folder;
    private static Path branded;
    private static Path plain;

    @BeforeAll
    static void export() throws Exception {
        branded = folder.resolve("branded");
        plain = folder.resolve("plain");
        Fixtures.export(Fixtures.seed().withClinic(Clinics.riverside(folder.resolve("clinic"))), Fixtures.OPTIONS,
                branded);
        Fixtures.export(Fixtures.seed(), Fixtures.OPTIONS, plain);
    }

    /** Read from the written XML, without POI. */
    @Test
    void everySheetOfEveryWorkbookPrintsTheClinicAtTheTopOfEachPage() throws Exception {
        int sheets = 0;
        for (Path file : workbooks(branded)) {
            for (String part : sheetParts(file)) {
                NodeList headers = Fixtures.part(file, part).getElementsByTagName("oddHeader");
                assertThat(headers.getLength()).as(file.getFileName() + " " + part).isEqualTo(1);
                assertThat(headers.item(0).getTextContent()).isEqualTo("&L" + Clinics.RIVERSIDE_NAME + "&R" + CONTACTS);
                sheets++;
            }
        }
        assertThat(sheets).isEqualTo(7);
        for (Path file : workbooks(plain)) {
            for (String part : sheetParts(file)) {
                assertThat(Fixtures.part(file, part).getElementsByTagName("oddHeader").getLength()).isZero();
            }
        }
    }

    @Test
    void theProgramSheetListsTheClinicBelowTheNotesWithALinkToItsWebsite() throws Exception {
        try (Workbook workbook = WorkbookFactory.create(branded.resolve("program-lumbar-template.xlsx").toFile(), null,
                true)) {
            Sheet program = workbook.getSheet(LogLayout.PROGRAM_SHEET);
            List<String> rows = new ArrayList<>();
            int clinicRow = -1;
            for (int row = 0; row <= program.getLastRowNum(); row++) {
                if (program.getRow(row) != null && program.getRow(row).getCell(0) != null
                        && program.getRow(row).getCell(0).toString().equals("Clinic")) {
                    clinicRow = row;
                }
                if (clinicRow >= 0) {
                    rows.add(program.getRow(row).getCell(0) + ": " + program.getRow(row).getCell(1));
                }
            }
            assertThat(rows).containsExactly("Clinic: Riverside Physiotherapy", "Address: 12 River Road\nLeeds LS1 4AB",
                    "Phone: 0113 496 0000", "Email: hello@riverside.example",
                    "Website: https://riverside.example/physio", "Opening hours: Monday to Friday 8:00-18:00",
                    "Call us if: the pain spreads down your arm, or you feel numbness");
            assertThat(program.getRow(clinicRow + 4).getCell(1).getHyperlink().getAddress())
                    .isEqualTo("https://riverside.example/physio");
            assertThat(program.getRow(clinicRow - 1)).isNull();
        }
    }

    @Test
    void aLogWithAClinicImportsAsOneWithout() throws Exception {
        Path log = folder.resolve("log.xlsx");
        Files.copy(branded.resolve("program-lumbar-template.xlsx"), log);
        Path same = folder.resolve("same.xlsx");
        Files.copy(plain.resolve("program-lumbar-template.xlsx"), same);

        LogImporter.Result withClinic = new ExerciseLogReader().read(log, "log.xlsx");
        LogImporter.Result without = new ExerciseLogReader().read(same, "log.xlsx");

        assertThat(withClinic.problems()).isEmpty();
        assertThat(withClinic.json()).isEqualTo(without.json().replace("same.xlsx", "log.xlsx"));
    }

    private static List<Path> workbooks(Path directory) throws Exception {
        try (var listing = Files.list(directory)) {
            return listing.filter(file -> file.toString().endsWith(".xlsx")).sorted().toList();
        }
    }

    private static List<String> sheetParts(Path file) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.stream().map(ZipEntry::getName).filter(name -> name.matches("xl/worksheets/sheet\\d+\\.xml"))
                    .sorted().toList();
        }
    }
}
