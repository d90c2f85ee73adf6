package dev.rehabdoc.export.xlsx;

import dev.rehabdoc.export.ExportException;
import dev.rehabdoc.export.ExportOptions;
import dev.rehabdoc.export.ExportTarget;
import dev.rehabdoc.export.Exporter;
import dev.rehabdoc.export.SideBySide;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Program;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes an Excel exercise log per program ({@code program-<id>.xlsx}) and the exercise catalog ({@code catalog.xlsx}). */
public final class XlsxExporter implements Exporter {
    /**
     * Logs longer than this (a few tens of megabytes of heap each) are written one at a time, so that the memory a
     * long program needs is not doubled by writing two side by side.
     */
    static final int SIDE_BY_SIDE_LOG_ROWS = 2_500;

    @Override
    public String formatId() {
        return "xlsx";
    }

    @Override
    public String description() {
        return "Excel exercise logs to fill in per program, with a summary and chart, and the exercise catalog";
    }

    /** Starts POI's spreadsheet schema (a few thousand classes), a quarter of a second on a fresh JVM. */
    @Override
    public void prepare() {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet();
        } catch (IOException e) {
            // Nothing was written; the export will meet whatever this was and report it.
        }
    }

    /** Writes the logs and the catalog side by side, each a workbook of its own, unless a log is long. */
    @Override
    public void export(Catalog catalog, ExportOptions options, ExportTarget target) throws ExportException, IOException {
        List<SideBySide.Write> workbooks = new ArrayList<>();
        int longest = 0;
        for (Program program : catalog.programs()) {
            String name = ExerciseLogWorkbook.fileName(program);
            int rows = LogSheet.rowCount(program);
            longest = Math.max(longest, rows);
            if (rows > LogLayout.MAX_LOG_ROWS) {
                throw new ExportException(name + ": program '" + program.id() + "' plans " + rows + " log rows ("
                        + program.weeks() + " weeks x " + program.sessionsPerWeek() + " sessions x "
                        + program.exercises().size() + " exercises); an exercise log holds at most "
                        + LogLayout.MAX_LOG_ROWS
                        + ", so split the program");
            }
            ExportTarget.Keep keep = options.force() ? existing -> Optional.empty() : existing -> typedEntries(existing, name);
            workbooks.add(() -> target.write(name, keep,
                    out -> ExerciseLogWorkbook.write(catalog, program, options, out)));
        }
        workbooks.add(() -> target.write(CatalogWorkbook.FILE_NAME,
                out -> CatalogWorkbook.write(catalog, options, out)));
        SideBySide.run(workbooks, longest > SIDE_BY_SIDE_LOG_ROWS ? 1 : Integer.MAX_VALUE);
    }

    /**
     * Why the file at an exercise log's name must stay: it has entries typed into it, or it is not a rehabdoc log at
     * all. Asked at the moment of replacing it, so a log saved into the folder while the export ran is kept too.
     *
     * @param existing the earlier file, set aside under a hidden name while it is asked about
     */
    private static Optional<String> typedEntries(Path existing, String name) throws IOException {
        Path shown = existing.resolveSibling(name);
        int entries = ExerciseLogReader.countEntries(existing);
        if (entries > 0) {
            return Optional.of(shown + ": this exercise log has " + entries
                    + (entries == 1 ? " entry" : " entries") + " typed into its Log sheet, so it was not replaced; "
                    + "import it first (rehabdoc import-log " + name + "), or give --force to replace it");
        }
        if (entries < 0) {
            return Optional.of(shown + ": a file that is not a rehabdoc exercise log is in the way, so it was not "
                    + "replaced; move it, or give --force to replace it");
        }
        return Optional.empty();
    }
}
