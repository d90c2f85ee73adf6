package dev.rehabdoc.export.xlsx;

import dev.rehabdoc.export.ExportException;
import dev.rehabdoc.export.ExportOptions;
import dev.rehabdoc.export.PageSize;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.FileNames;
import dev.rehabdoc.model.Program;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The exercise log of one program: Program, Log and Summary sheets in one workbook. */
final class ExerciseLogWorkbook {
    private ExerciseLogWorkbook() {
    }

    /** The file name of a program's log. */
    static String fileName(Program program) {
        return FileNames.of(program) + ".xlsx";
    }

    /**
     * Writes the log of {@code program}; the same program and options give the same bytes.
     *
     * @throws ExportException when a text of the program is longer than a cell holds
     */
    static void write(Catalog catalog, Program program, ExportOptions options, OutputStream out)
            throws ExportException, IOException {
        // Not closed, on purpose: a workbook made in memory holds no file, and closing it saves the whole package
        // once more, zipped into a byte array nobody reads (OPCPackage.close); that was 4% of the xlsx export.
        XSSFWorkbook workbook = new XSSFWorkbook();
        // The Summary's formulas are fixed patterns, and SummarySheetTest evaluates every one of them from the
        // written file; POI's check would parse each formula again at every export.
        workbook.setCellFormulaValidation(false);
        CellStyles styles = new CellStyles(workbook);
        try {
            PageSize paper = options.handouts().pageSize();
            ProgramSheet.write(workbook, styles, catalog, program, paper);
            LogSheet.write(workbook, styles, catalog, program, paper);
            SummarySheet.write(workbook, styles, catalog, program, paper);
            workbook.forEach(sheet -> PrintedPage.clinicHeader(sheet, catalog.clinic()));
        } catch (CellStyles.TooLongForCell e) {
            throw new ExportException(fileName(program) + ": program '" + program.id() + "': a text has "
                    + e.getMessage());
        }
        workbook.setActiveSheet(1);
        workbook.setForceFormulaRecalculation(true);
        describe(workbook, program.title(), options);
        FixedZipTimes.write(() -> workbook.write(out));
    }

    /** Sets the document properties from the options, not the clock. */
    static void describe(POIXMLDocument document, String title, ExportOptions options) {
        POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
        Date date = Date.from(options.timestamp());
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
        core.setCreator("rehabdoc " + options.version());
        core.setLastModifiedByUser("rehabdoc " + options.version());
        core.setTitle(title);
    }
}
