package dev.rehabdoc.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The look through a package before POI builds it: each limit at exactly its value and one past it, on packages made
 * here part by part, and what is left for POI to say.
 */
class WorkbookPackageTest {
    private static final String NOT_OURS = "; this is not a workbook rehabdoc wrote";
    private static final String FEW_MEGABYTES = "; an exercise log is a few megabytes, so this is not a workbook "
            + "rehabdoc wrote";

    @TempDir
    Path directory;

    @Test
    void aSmallPackageOfXmlAndOtherPartsIsWithinEveryLimit() throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", xml("<Types><Default Extension=\"xml\"/></Types>"));
        parts.put("_rels/.rels", xml("<Relationships/>"));
        parts.put("xl/worksheets/sheet1.xml", xml("<worksheet><sheetData><row r=\"1\"/></sheetData></worksheet>"));
        parts.put("xl/media/image1.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        assertThat(WorkbookPackage.refusal(zip(parts, true))).isEmpty();
    }

    @Test
    void aFileThatIsNoZipOrAPartThatIsNoXmlIsLeftForPoiToReport() throws IOException {
        Path text = directory.resolve("notes.xlsx");
        Files.writeString(text, "this is not a zip");

        assertThat(WorkbookPackage.refusal(text)).isEmpty();
        assertThat(WorkbookPackage.refusal(zip(Map.of("xl/workbook.xml", xml("<<not xml")), true))).isEmpty();
        assertThat(WorkbookPackage.refusal(zip(Map.of(), true))).isEmpty();
    }

    @Test
    void aFileThatCannotBeReadIsAnIoFault() {
        assertThatThrownBy(() -> WorkbookPackage.refusal(directory.resolve("missing.xlsx")))
                .isInstanceOf(IOException.class);
    }

    @Test
    void aThousandPartsAreReadAndOneMoreIsRefused() throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (int i = 0; i < WorkbookPackage.MAX_PARTS; i++) {
            parts.put("customXml/item" + i + ".xml", xml("<a/>"));
        }
        assertThat(WorkbookPackage.refusal(zip(parts, true))).isEmpty();

        parts.put("customXml/one-more.xml", xml("<a/>"));
        assertThat(WorkbookPackage.refusal(zip(parts, true))).contains("it is a package of 1,001 parts, and an "
                + "exercise log has a few dozen" + NOT_OURS);
    }

    @Test
    void aPartOf32MegabytesIsReadAndOneByteMoreIsRefused() throws IOException {
        byte[] limit = new byte[(int) WorkbookPackage.MAX_PART_BYTES];
        assertThat(WorkbookPackage.refusal(zip(Map.of("xl/media/big.bin", limit), false))).isEmpty();

        byte[] onePast = new byte[limit.length + 1];
        assertThat(WorkbookPackage.refusal(zip(Map.of("xl/media/big.bin", onePast), false))).contains("it unpacks "
                + "to more than 32 MB (in its part xl/media/big.bin)" + FEW_MEGABYTES);
    }

    @Test
    void partsOf64MegabytesInAllAreReadAndOneByteMoreIsRefusedInThePartThatGoesOver() throws IOException {
        // Parts of a megabyte are not looked at as bombs, so they may be deflated to a kilobyte each.
        byte[] megabyte = new byte[(int) WorkbookPackage.RATIO_FROM_BYTES];
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (int i = 0; i < WorkbookPackage.MAX_TOTAL_BYTES / megabyte.length; i++) {
            parts.put("xl/media/part" + i + ".bin", megabyte);
        }
        assertThat(WorkbookPackage.refusal(zip(parts, true))).isEmpty();

        parts.put("xl/media/one-more.bin", new byte[1]);
        assertThat(WorkbookPackage.refusal(zip(parts, true))).contains("it unpacks to more than 64 MB in all (in "
                + "its part xl/media/one-more.bin)" + FEW_MEGABYTES);
    }

    @Test
    void aPartThatPacksSmallIsABombOnlyPastAMegabyte() throws IOException {
        byte[] megabyte = new byte[(int) WorkbookPackage.RATIO_FROM_BYTES];
        Path atTheLimit = zip(Map.of("xl/media/zeros.bin", megabyte), true);
        assertThat(ratio(atTheLimit, "xl/media/zeros.bin")).isGreaterThan(WorkbookPackage.MAX_RATIO);
        assertThat(WorkbookPackage.refusal(atTheLimit)).isEmpty();

        byte[] onePast = new byte[megabyte.length + 1];
        assertThat(WorkbookPackage.refusal(zip(Map.of("xl/media/zeros.bin", onePast), true))).contains("it unpacks "
                + "to more than 100 times its packed size (in its part xl/media/zeros.bin)" + FEW_MEGABYTES);
    }

    @Test
    void aLargePartThatPacksLessThanAHundredTimesSmallerIsRead() throws IOException {
        // Two megabytes of zeros with a random byte in every 64: deflate packs them some 20 to 40 times smaller.
        byte[] sparse = new byte[2 << 20];
        Random random = new Random(7);
        for (int i = 0; i < sparse.length; i += 64) {
            sparse[i] = (byte) random.nextInt();
        }
        Path file = zip(Map.of("xl/media/sparse.bin", sparse), true);

        assertThat(ratio(file, "xl/media/sparse.bin")).isBetween(2L, (long) WorkbookPackage.MAX_RATIO);
        assertThat(WorkbookPackage.refusal(file)).isEmpty();
    }

    @Test
    void sixHundredThousandElementsAreReadAndOneMoreIsRefused() throws IOException {
        // The root and its children; stored, so that the bytes do not count as a bomb first.
        String atTheLimit = "<a>" + "<b/>".repeat(WorkbookPackage.MAX_ELEMENTS - 1) + "</a>";
        assertThat(WorkbookPackage.refusal(zip(Map.of("xl/styles.xml", xml(atTheLimit)), false))).isEmpty();

        String onePast = "<a>" + "<b/>".repeat(WorkbookPackage.MAX_ELEMENTS) + "</a>";
        assertThat(WorkbookPackage.refusal(zip(Map.of("xl/styles.xml", xml(onePast)), false))).contains("its part "
                + "xl/styles.xml has more than 600,000 elements, and an exercise log at most about half as many"
                + NOT_OURS);
    }

    @Test
    void elementsNested64DeepAreReadAnd65AreRefused() throws IOException {
        assertThat(WorkbookPackage.refusal(zip(Map.of("xl/workbook.xml", nested(64)), true))).isEmpty();

        assertThat(WorkbookPackage.refusal(zip(Map.of("xl/workbook.xml", nested(65)), true))).contains("its part "
                + "xl/workbook.xml nests elements more than 64 deep" + NOT_OURS);
    }

    @Test
    void depthIsCountedDownAgainAtEachEndSoManySiblingsAreShallow() throws IOException {
        String siblings = "<a>" + "<b><c/></b>".repeat(100) + "</a>";

        assertThat(WorkbookPackage.refusal(zip(Map.of("xl/workbook.xml", xml(siblings)), true))).isEmpty();
    }

    @Test
    void aSheetOf20002RowsIsReadAndOneMoreIsRefused() throws IOException {
        assertThat(WorkbookPackage.MAX_ROWS).isEqualTo(20_002);
        assertThat(WorkbookPackage.refusal(zip(Map.of("xl/worksheets/sheet2.xml", rows(20_002, "row")), true)))
                .isEmpty();

        assertThat(WorkbookPackage.refusal(zip(Map.of("xl/worksheets/sheet2.xml", rows(20_003, "row")), true)))
                .contains("it has a sheet of more than 20,002 rows, and an exercise log has at most 10,001 (in its "
                        + "part xl/worksheets/sheet2.xml)" + NOT_OURS);
        // Rows are known by their local name, whatever prefix their namespace has.
        assertThat(WorkbookPackage.refusal(zip(Map.of("xl/worksheets/sheet2.xml", rows(20_003, "x:row")), true)))
                .isPresent();
    }

    @Test
    void rowsAreCountedInSheetsOnly() throws IOException {
        assertThat(WorkbookPackage.refusal(zip(Map.of("xl/tables/table1.xml", rows(20_003, "row")), true))).isEmpty();
    }

    @Test
    void aDocumentTypeIsRefusedInEveryXmlPartAndNowhereElse() throws IOException {
        byte[] declared = xml("<!DOCTYPE a [<!ENTITY e \"e\">]><a>&e;</a>");

        assertThat(WorkbookPackage.refusal(zip(Map.of("[Content_Types].xml", declared), true)))
                .contains("its part [Content_Types].xml declares a document type, which no workbook does" + NOT_OURS);
        assertThat(WorkbookPackage.refusal(zip(Map.of("_rels/.rels", declared), true))).isPresent();
        assertThat(WorkbookPackage.refusal(zip(Map.of("xl/drawings/vmlDrawing1.VML", declared), true))).isPresent();
        assertThat(WorkbookPackage.refusal(zip(Map.of("xl/media/notes.txt", declared), true))).isEmpty();
    }

    @Test
    void aPartThatCannotBeUnpackedMeansADamagedFile() throws IOException {
        Random random = new Random(1);
        byte[] noise = new byte[4096];
        random.nextBytes(noise);
        Path file = zip(Map.of("xl/media/a.bin", noise), true);
        byte[] bytes = Files.readAllBytes(file);
        // The deflated data starts after the 30-byte local header and the name; its first block header is byte one.
        bytes[30 + "xl/media/a.bin".length()] = (byte) 0xFF;
        Files.write(file, bytes);

        assertThat(WorkbookPackage.refusal(file)).contains("its part xl/media/a.bin cannot be unpacked (invalid "
                + "block type); the file is damaged");
    }

    @Test
    void directoriesInThePackageAreSkipped() throws IOException {
        Path file = directory.resolve("folders.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("xl/"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write(xml("<workbook/>"));
            zip.closeEntry();
        }

        assertThat(WorkbookPackage.refusal(file)).isEmpty();
    }

    private Path zip(Map<String, byte[]> parts, boolean deflated) throws IOException {
        Path file = Files.createTempFile(directory, "package", ".xlsx");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_SPEED);
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                ZipEntry entry = new ZipEntry(part.getKey());
                if (!deflated) {
                    CRC32 crc = new CRC32();
                    crc.update(part.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(part.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    private static long ratio(Path file, String part) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(part);
            return entry.getSize() / entry.getCompressedSize();
        }
    }

    private static byte[] nested(int depth) {
        return xml("<a>".repeat(depth) + "</a>".repeat(depth));
    }

    private static byte[] rows(int count, String element) {
        String namespace = element.contains(":") ? " xmlns:x=\"urn:x\"" : "";
        return xml("<worksheet" + namespace + "><sheetData>" + ("<" + element + "/>").repeat(count)
                + "</sheetData></worksheet>");
    }

    private static byte[] xml(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
