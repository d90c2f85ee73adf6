package dev.rehabdoc.export.xlsx;

import dev.rehabdoc.export.LogImporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    /** For the service loader; {@link #read(Path, String)} keeps no state. */
    public ExerciseLogReader() {
    }

    @Override
    public String formatId() {
        return "xlsx";
    }

    @Override
    public Result read(Path file, String name) throws IOException {
        return readLog(file, name);
    }

    /**
     * Reads the log at {@code file}; {@code name} is how problems name the file (as the user typed it).
     *
     * @throws IOException when the file cannot be read at all
     */
    private static Result readLog(Path file, String name) throws IOException {
        if (!Files.isRegularFile(file)) {
            return new Result(List.of(name + ": no such file"), "");
        }
        if (!isXlsx(file)) {
            return new Result(List.of(name + ": not an Excel workbook (.xlsx); give the exercise log rehabdoc wrote"),
                    "");
        }
        Optional<String> refusal = WorkbookPackage.refusal(file);
        if (refusal.isPresent()) {
            return new Result(List.of(name + ": not an exercise log rehabdoc can read: " + refusal.get()), "");
        }
        List<String> problems = new ArrayList<>();
        FilledLog log;
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            log = FilledLog.read(name, workbook, problems);
        } catch (UnsupportedFileFormatException | POIXMLException e) {
            return new Result(List.of(name + ": not an Excel workbook (.xlsx) that can be read: " + e.getMessage()), "");
        } catch (IOException e) {
            if (damagedPackage(e)) {
                return new Result(List.of(name + ": not an Excel workbook (.xlsx) that can be read: its package is "
                        + "damaged (" + e.getCause().getMessage() + ")"), "");
            }
            throw e;
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
        if (WorkbookPackage.refusal(file).isPresent()) {
            return -1;
        }
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            return FilledLog.typedEntries(workbook);
        } catch (UnsupportedFileFormatException | POIXMLException e) {
            return -1;
        } catch (IOException e) {
            if (damagedPackage(e)) {
                return -1;
            }
            throw e;
        }
    }

    /** Whether POI found the package damaged, which it reports as an I/O fault around its own exception. */
    private static boolean damagedPackage(IOException e) {
        return e.getCause() instanceof OpenXML4JException || e.getCause() instanceof OpenXML4JRuntimeException;
    }

    /** Whether the file starts like an Office Open XML package (a zip), as every .xlsx does. */
    private static boolean isXlsx(Path file) throws IOException {
        return Files.size(file) > 0 && FileMagic.valueOf(file.toFile()) == FileMagic.OOXML;
    }
}
