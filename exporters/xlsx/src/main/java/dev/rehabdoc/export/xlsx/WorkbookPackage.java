package dev.rehabdoc.export.xlsx;

import dev.rehabdoc.model.Limit;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A look through a workbook's package (the zip of XML parts every .xlsx is) before POI builds it in memory, which
 * takes hundreds of bytes of heap per cell: reading streams every part once, counting what it unpacks to, its
 * elements, their nesting and a sheet's rows, and stops at the first limit a log rehabdoc wrote is far within. A
 * 54 KB file that unpacks to gigabytes, or a sheet of a million rows, is then refused in a moment instead of filling
 * the memory.
 */
final class WorkbookPackage {
    /** A log has about twenty parts; comments, pictures and other sheets a user adds bring a few more. */
    static final int MAX_PARTS = 1_000;
    /** The Log sheet of the longest log, filled in, is about 6 MB of XML. */
    static final long MAX_PART_BYTES = 32L << 20;
    static final long MAX_TOTAL_BYTES = 64L << 20;
    /** XML packs to a tenth of its size or so; a part past a megabyte that packs a hundred times smaller is a bomb. */
    static final long RATIO_FROM_BYTES = 1L << 20;
    static final int MAX_RATIO = 100;
    /** The Log sheet of the longest log, filled in, has about 300,000 elements. */
    static final int MAX_ELEMENTS = 600_000;
    static final int MAX_DEPTH = 64;
    /** Twice the rows of the longest log, header included. */
    static final int MAX_ROWS = 2 * (LogLayout.MAX_LOG_ROWS + 1);

    private static final XMLInputFactory XML = xmlFactory();

    private WorkbookPackage() {
    }

    /**
     * Why the workbook at {@code file} is not read, in words for its user, or empty when it is within every limit.
     * A package that is not a zip at all, or a part that is not XML, is left for POI to report.
     *
     * @throws IOException when the file cannot be read
     */
    static Optional<String> refusal(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_PARTS) {
                return Optional.of("it is a package of " + Limit.grouped(zip.size()) + " parts, and an exercise "
                        + "log has a few dozen; this is not a workbook rehabdoc wrote");
            }
            Budget budget = new Budget();
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                Optional<String> refusal = look(zip, entry, budget);
                if (refusal.isPresent()) {
                    return refusal;
                }
            }
            return Optional.empty();
        } catch (ZipException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> look(ZipFile zip, ZipEntry entry, Budget budget) throws IOException {
        String part = entry.getName();
        try (Counted in = new Counted(zip.getInputStream(entry), entry.getCompressedSize(), budget)) {
            if (isXml(part)) {
                return xml(part, in);
            }
            in.transferTo(OutputStream.nullOutputStream());
            return Optional.empty();
        } catch (TooBig e) {
            return Optional.of(e.getMessage() + " (in its part " + part + "); an exercise log is a few megabytes, so "
                    + "this is not a workbook rehabdoc wrote");
        } catch (ZipException e) {
            return Optional.of("its part " + part + " cannot be unpacked (" + e.getMessage() + "); the file is "
                    + "damaged");
        }
    }

    private static boolean isXml(String part) {
        String name = part.toLowerCase(Locale.ROOT);
        return name.endsWith(".xml") || name.endsWith(".rels") || name.endsWith(".vml");
    }

    /** Streams an XML part through, counting elements, depth and (in a sheet) rows. */
    private static Optional<String> xml(String part, InputStream in) throws IOException {
        boolean sheet = part.startsWith("xl/worksheets/");
        int elements = 0;
        int depth = 0;
        int rows = 0;
        XMLStreamReader reader = null;
        try {
            reader = XML.createXMLStreamReader(in);
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case XMLStreamConstants.DTD -> {
                        return Optional.of("its part " + part + " declares a document type, which no workbook does; "
                                + "this is not a workbook rehabdoc wrote");
                    }
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++elements > MAX_ELEMENTS) {
                            return Optional.of("its part " + part + " has more than " + Limit.grouped(MAX_ELEMENTS)
                                    + " elements, and an exercise log at most about half as many; this is not a "
                                    + "workbook rehabdoc wrote");
                        }
                        if (++depth > MAX_DEPTH) {
                            return Optional.of("its part " + part + " nests elements more than " + MAX_DEPTH
                                    + " deep; this is not a workbook rehabdoc wrote");
                        }
                        if (sheet && reader.getLocalName().equals("row") && ++rows > MAX_ROWS) {
                            return Optional.of("it has a sheet of more than " + Limit.grouped(MAX_ROWS)
                                    + " rows, and an exercise log has at most "
                                    + Limit.grouped(LogLayout.MAX_LOG_ROWS + 1) + " (in its part " + part
                                    + "); this is not a workbook rehabdoc wrote");
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> depth--;
                    default -> {
                        // Text, comments and the like cost nothing beyond the bytes already counted.
                    }
                }
            }
            return Optional.empty();
        } catch (XMLStreamException e) {
            if (e.getNestedException() instanceof TooBig tooBig) {
                throw tooBig;
            }
            // Not XML: POI says so when it reads the part, in words that are checked there.
            return Optional.empty();
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException e) {
                    // Closing a reader of a stream that is closed next releases nothing more.
                }
            }
        }
    }

    /** A parser that reads no document type and no entity beyond the five of XML itself. */
    private static XMLInputFactory xmlFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }

    /** What the whole package may still unpack to. */
    private static final class Budget {
        long bytes;
    }

    /** A part that unpacks to more than a limit allows; thrown from within reading, so it is unchecked there. */
    private static final class TooBig extends IOException {
        TooBig(String message) {
            super(message);
        }
    }

    /** A part's unpacked bytes, counted against the limits as they are read. */
    private static final class Counted extends FilterInputStream {
        private final long packed;
        private final Budget budget;
        private long unpacked;

        Counted(InputStream in, long packed, Budget budget) {
            super(in);
            this.packed = Math.max(packed, 1);
            this.budget = budget;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooBig {
            unpacked += n;
            budget.bytes += n;
            if (unpacked > MAX_PART_BYTES) {
                throw new TooBig("it unpacks to more than " + (MAX_PART_BYTES >> 20) + " MB");
            }
            if (budget.bytes > MAX_TOTAL_BYTES) {
                throw new TooBig("it unpacks to more than " + (MAX_TOTAL_BYTES >> 20) + " MB in all");
            }
            if (unpacked > RATIO_FROM_BYTES && unpacked > MAX_RATIO * packed) {
                throw new TooBig("it unpacks to more than " + MAX_RATIO + " times its packed size");
            }
        }
    }
}
