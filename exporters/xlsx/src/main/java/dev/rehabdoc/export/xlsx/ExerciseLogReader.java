package dev.rehabdoc.export.xlsx;

import dev.rehabdoc.export.LogImporter;
import dev.rehabdoc.export.LogImporter.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads an exercise log a physiotherapist filled in and turns it into a progress report in JSON: the xlsx format's
 * {@link LogImporter}, registered beside its exporter.
 */
public final class ExerciseLogReader implements LogImporter {

    /** For the service loader; a reader keeps no state. */
    public ExerciseLogReader() {
    }

    @Override
    public String formatId() {
        return "xlsx";
    }

    /**
     * Reads the log at {@code file}; {@code name} is how problems name the file (as the user typed it).
     *
     * @throws IOException when the file cannot be read at all
     */
    @Override
    public Result read(Path file, String name) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Result.refused(name, "no such file");
        }
        if (!isXlsx(file)) {
            return Result.refused(name, "not an Excel workbook (.xlsx); give the exercise log rehabdoc wrote");
        }
        List<Problem> problems = new ArrayList<>();
        FilledLog log;
        try {
            log = withWorkbook(file, workbook -> FilledLog.read(name, workbook, problems));
        } catch (Unreadable e) {
            return Result.refused(name, e.getMessage());
        }
        if (log == null) {
            return new Result(problems, "");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProgressReport.write(log, file.getFileName().toString(), out);
        return new Result(List.of(), out.toString(StandardCharsets.UTF_8));
    }

    /**
     * How many Log rows of the workbook at {@code file} differ from what rehabdoc wrote into them, whether what was
     * typed is valid or not; -1 when the file is not a rehabdoc exercise log.
     */
    static int countEntries(Path file) throws IOException {
        if (!isXlsx(file)) {
            return -1;
        }
        try {
            return withWorkbook(file, FilledLog::typedEntries);
        } catch (Unreadable e) {
            return -1;
        }
    }

    /**
     * Opens the workbook at {@code file} with POI, once its package is within {@link WorkbookPackage}'s limits, and
     * gives what {@code use} makes of it.
     *
     * @throws Unreadable saying why the file is not read: past a limit, or a package POI cannot read
     */
    private static <T> T withWorkbook(Path file, Function<Workbook, T> use) throws Unreadable, IOException {
        Optional<String> refusal = WorkbookPackage.refusal(file);
        if (refusal.isPresent()) {
            throw new Unreadable("not an exercise log rehabdoc can read: " + refusal.get());
        }
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            return use.apply(workbook);
        } catch (UnsupportedFileFormatException | POIXMLException e) {
            throw new Unreadable("not an Excel workbook (.xlsx) that can be read: " + e.getMessage());
        } catch (IOException e) {
            // POI reports a damaged package as an I/O fault around its own exception.
            if (e.getCause() instanceof OpenXML4JException || e.getCause() instanceof OpenXML4JRuntimeException) {
                throw new Unreadable("not an Excel workbook (.xlsx) that can be read: its package is damaged ("
                        + e.getCause().getMessage() + ")");
            }
            throw e;
        }
    }

    /** A file that is not opened as a workbook, and why, in words for its user. */
    private static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    /** Whether the file starts like an Office Open XML package (a zip), as every .xlsx does. */
    private static boolean isXlsx(Path file) throws IOException {
        return Files.size(file) > 0 && FileMagic.valueOf(file.toFile()) == FileMagic.OOXML;
    }
}
