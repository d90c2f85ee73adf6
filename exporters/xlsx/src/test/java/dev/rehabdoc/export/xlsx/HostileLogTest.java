package dev.rehabdoc.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.rehabdoc.export.ExportException;
import dev.rehabdoc.export.LogImporter;
import dev.rehabdoc.export.LogImporter.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks made to hurt whoever reads them, given to {@code import-log} and found in the way of an export: each is
 * refused in a moment with a plain problem, or read as what it shows, never with the memory filling up.
 */
class HostileLogTest {
    /** Far beyond the second or two each of these takes: only a reading that does not stop runs into it. */
    private static final Duration HANG = Duration.ofSeconds(120);

    @TempDir
    static Path exported;

    @TempDir
    Path work;
    Path log;

    @BeforeAll
    static void exportOnce() throws Exception {
        Fixtures.export(Fixtures.seed(), Fixtures.OPTIONS, exported);
    }

    @BeforeEach
    void freshLog() throws Exception {
        log = work.resolve("program-lumbar-template.xlsx");
        Files.copy(exported.resolve("program-lumbar-template.xlsx"), log);
    }

    @Test
    void aProgramSheetClaimingMillionsOfRowsIsRefusedAtItsCellBeforeAnythingIsPlanned() throws Exception {
        LogFilling.edit(log, workbook -> {
            XSSFSheet program = workbook.getSheet(LogLayout.PROGRAM_SHEET);
            program.getRow(LogLayout.PROGRAM_FIRST_LABEL_ROW + 4).getCell(1).setCellValue(520);
            program.getRow(LogLayout.PROGRAM_FIRST_LABEL_ROW + 5).getCell(1).setCellValue(21);
            int first = LogLayout.PRESCRIPTION_HEADER_ROW + 1;
            for (int i = 0; i < 3_000; i++) {
                XSSFRow row = program.getRow(first + i) == null ? program.createRow(first + i) : program.getRow(first + i);
                row.createCell(0).setCellValue(i + 1);
                row.createCell(1).setCellValue("Exercise " + (i + 1));
            }
        });

        List<String> problems = read();

        assertThat(problems).containsExactly("log.xlsx:Program!B7: the Program sheet plans 520 weeks x 21 sessions x "
                + "3,000 exercises = 32,760,000 log rows, and an exercise log has at most 10,000; this is not a log "
                + "rehabdoc wrote, or its Program sheet was changed");
    }

    @Test
    void aLogSheetOfAMillionRowsIsRefusedBeforeTheWorkbookIsBuilt() throws Exception {
        replacePart("xl/worksheets/sheet2.xml", out -> {
            Writer xml = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            xml.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            for (int row = 1; row <= 1_000_000; row++) {
                xml.write("<row r=\"" + row + "\"><c r=\"G" + row + "\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
            }
            xml.write("</sheetData></worksheet>");
            xml.flush();
        });

        assertThat(read()).singleElement().asString().startsWith("log.xlsx: not an exercise log rehabdoc can read: "
                + "it has a sheet of more than 20,002 rows, and an exercise log has at most 10,001 "
                + "(in its part xl/worksheets/sheet2.xml)");
    }

    @Test
    void aPartThatUnpacksAHundredTimesLargerThanItIsIsABomb() throws Exception {
        replacePart("xl/media/image1.png", out -> out.write(new byte[4 << 20]));

        assertThat(read()).containsExactly("log.xlsx: not an exercise log rehabdoc can read: it unpacks to more than "
                + "100 times its packed size (in its part xl/media/image1.png); an exercise log is a few megabytes, so "
                + "this is not a workbook rehabdoc wrote");
    }

    @Test
    void aDocumentTypeDeeplyNestedElementsAndThousandsOfPartsAreRefused() throws Exception {
        replacePart("docProps/app.xml", out -> out.write(("<!DOCTYPE a [<!ENTITY e \"eeeeeeeeee\">]><Properties "
                + "xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"/>")
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(read()).singleElement().asString().contains("its part docProps/app.xml declares a document type");

        Files.copy(exported.resolve("program-lumbar-template.xlsx"), log, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        replacePart("customXml/item1.xml", out -> out.write(("<a>".repeat(100) + "</a>".repeat(100))
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(read()).singleElement().asString().contains("nests elements more than 64 deep");

        Files.copy(exported.resolve("program-lumbar-template.xlsx"), log, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        rewrite(zip -> {
            for (int i = 0; i < 1_000; i++) {
                zip.putNextEntry(new ZipEntry("customXml/item" + i + ".xml"));
                zip.write("<a/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }, "");
        assertThat(read()).singleElement().asString().contains("it is a package of 1,017 parts");
    }

    @Test
    void aCellWithAFormatThatHidesItIsReadAsWhatWasTyped() throws Exception {
        LogFilling.edit(log, workbook -> {
            CellStyle hidden = workbook.createCellStyle();
            hidden.setDataFormat(workbook.createDataFormat().getFormat(";;;"));
            var cell = workbook.getSheet(LogLayout.LOG_SHEET).getRow(1).getCell(LogLayout.NOTES);
            cell.setCellValue("felt fine");
            cell.setCellStyle(hidden);
            CellStyle rounded = workbook.createCellStyle();
            rounded.setDataFormat(workbook.createDataFormat().getFormat("0;;;"));
            var sets = workbook.getSheet(LogLayout.LOG_SHEET).getRow(1).getCell(LogLayout.SETS);
            sets.setCellValue(2.5);
            sets.setCellStyle(rounded);
        });

        assertThat(read()).containsExactly(
                "log.xlsx:Log!H2: sets is 2.5; it must be a whole number from 0 to 999");
        assertThatThrownBy(this::exportOverIt).isInstanceOf(ExportException.class)
                .hasMessageContaining("this exercise log has 1 entry typed into its Log sheet");
    }

    @Test
    void textTypedIntoTheDateColumnRightOfNotesOrBelowTheLastRowIsAnEntryThatKeepsTheLog() throws Exception {
        byte[] exportedBytes = Files.readAllBytes(log);
        LogFilling.edit(log, workbook -> workbook.getSheet(LogLayout.LOG_SHEET).getRow(3).getCell(LogLayout.DATE)
                .setCellValue("moved to Tuesday"));
        assertThatThrownBy(this::exportOverIt).hasMessageContaining("this exercise log has 1 entry");

        Files.write(log, exportedBytes);
        LogFilling.edit(log, workbook -> workbook.getSheet(LogLayout.LOG_SHEET).getRow(5)
                .createCell(LogLayout.NOTES + 2).setCellValue("knee hurt"));
        assertThatThrownBy(this::exportOverIt).hasMessageContaining("this exercise log has 1 entry");

        Files.write(log, exportedBytes);
        LogFilling.edit(log, workbook -> workbook.getSheet(LogLayout.LOG_SHEET).createRow(400).createCell(0)
                .setCellValue("extra session on holiday"));
        assertThatThrownBy(this::exportOverIt).hasMessageContaining("this exercise log has 1 entry");

        Files.write(log, exportedBytes);
        LogFilling.edit(log, workbook -> workbook.getSheet(LogLayout.LOG_SHEET).getRow(7).getCell(LogLayout.EXERCISE)
                .setCellValue("Swimming instead"));
        assertThatThrownBy(this::exportOverIt).hasMessageContaining("this exercise log has 1 entry");

        Files.write(log, exportedBytes);
        exportOverIt();
        assertThat(Files.readAllBytes(log)).isEqualTo(exportedBytes);
    }

    @Test
    void aHostileWorkbookInTheWayOfAnExportIsKeptWithAPlainMessage() throws Exception {
        replacePart("xl/media/image1.png", out -> out.write(new byte[4 << 20]));
        byte[] bomb = Files.readAllBytes(log);

        assertThatThrownBy(this::exportOverIt).isInstanceOf(ExportException.class)
                .hasMessageContaining("not a rehabdoc exercise log is in the way")
                .message().doesNotContain("ZipSecureFile").doesNotContain("java.");
        assertThat(Files.readAllBytes(log)).isEqualTo(bomb);
    }

    private List<String> read() {
        return assertTimeoutPreemptively(HANG, () -> new ExerciseLogReader().read(log, "log.xlsx").problems()).stream()
                .map(Problem::toString).toList();
    }

    private void exportOverIt() throws Exception {
        assertTimeoutPreemptively(HANG, () -> Fixtures.export(Fixtures.seed(), Fixtures.OPTIONS, work));
    }

    /** Puts {@code part} into the log, in place of the part of that name if it has one. */
    private void replacePart(String part, PartWriter writer) throws IOException {
        rewrite(zip -> {
            zip.putNextEntry(new ZipEntry(part));
            writer.write(zip);
            zip.closeEntry();
        }, part);
    }

    /** Copies the log's parts but {@code leftOut}, then has {@code more} add its own. */
    private void rewrite(PartWriter.Zip more, String leftOut) throws IOException {
        Path copy = work.resolve("copy.xlsx");
        try (ZipFile original = new ZipFile(log.toFile());
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(copy))) {
            Enumeration<? extends ZipEntry> entries = original.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().equals(leftOut)) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = original.getInputStream(entry)) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
            more.add(zip);
        }
        Files.move(copy, log, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Writes a part's bytes. */
    @FunctionalInterface
    private interface PartWriter {
        void write(OutputStream out) throws IOException;

        /** Adds parts to a package. */
        @FunctionalInterface
        interface Zip {
            void add(ZipOutputStream zip) throws IOException;
        }
    }
}
