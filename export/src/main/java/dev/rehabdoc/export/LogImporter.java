package dev.rehabdoc.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Reads back a file a format wrote for a person to fill in, such as the exercise log of the xlsx format, and turns
 * what was typed into it into a progress report. Implementations are registered in
 * {@code META-INF/services/dev.rehabdoc.export.LogImporter} beside their format's exporter.
 */
public interface LogImporter {

    /** The id of the format whose files it reads, such as {@code xlsx}. */
    String formatId();

    /**
     * Reads the filled file at {@code file}; {@code name} is how problems name it (as the user typed it). Every
     * problem of the file is reported, and a file with problems gives no report: nothing in it is guessed.
     *
     * @throws IOException when the file cannot be read at all
     */
    Result read(Path file, String name) throws IOException;

    /**
     * What reading a filled file gave: either the progress report, or every problem found.
     *
     * @param problems empty when the file was read
     * @param json     the progress report as JSON text; empty when there are problems
     */
    record Result(List<Problem> problems, String json) {
        public Result {
            problems = List.copyOf(problems);
        }

        /** A result that is the one problem of {@code file} as a whole. */
        public static Result refused(String file, String message) {
            return new Result(List.of(Problem.of(file, message)), "");
        }

        /** Whether the file was read without problems. */
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * A problem of a filled file, in words for the person who filled it in.
     *
     * @param file    the file, as its user named it
     * @param cell    the cell the problem is in; empty when it is the file's as a whole (not a workbook, a sheet
     *                missing)
     * @param message what is wrong and, where it can say, how to mend it
     */
    record Problem(String file, Optional<Cell> cell, String message) {
        public Problem {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(cell, "cell");
            Objects.requireNonNull(message, "message");
        }

        /** A problem of {@code file} as a whole. */
        public static Problem of(String file, String message) {
            return new Problem(file, Optional.empty(), message);
        }

        /** A problem at {@code reference} (such as {@code B7}) of the sheet {@code sheet}. */
        public static Problem at(String file, String sheet, String reference, String message) {
            return new Problem(file, Optional.of(new Cell(sheet, reference)), message);
        }

        /** As the command line prints it: {@code FILE:Sheet!B7: message}, or {@code FILE: message}. */
        @Override
        public String toString() {
            return file + cell.map(at -> ":" + at).orElse("") + ": " + message;
        }
    }

    /**
     * A cell of a sheet.
     *
     * @param sheet     the sheet's name, such as {@code Log}
     * @param reference the cell's A1 reference, such as {@code B7}
     */
    record Cell(String sheet, String reference) {
        /** As a spreadsheet writes it: {@code Log!B7}. */
        @Override
        public String toString() {
            return sheet + "!" + reference;
        }
    }

    /** The installed importer of files of {@code formatId}, if there is one on the class path. */
    static Optional<LogImporter> find(String formatId) {
        return ServiceLoader.load(LogImporter.class).stream().map(ServiceLoader.Provider::get)
                .filter(importer -> importer.formatId().equals(formatId)).findFirst();
    }
}
