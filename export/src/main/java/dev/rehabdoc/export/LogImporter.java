package dev.rehabdoc.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
     * @param problems each as {@code FILE:Sheet!B7: message}; empty when the file was read
     * @param json     the progress report as JSON text; empty when there are problems
     */
    record Result(List<String> problems, String json) {
        public Result {
            problems = List.copyOf(problems);
        }

        /** Whether the file was read without problems. */
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** The installed importer of files of {@code formatId}, if there is one on the class path. */
    static Optional<LogImporter> find(String formatId) {
        return ServiceLoader.load(LogImporter.class).stream().map(ServiceLoader.Provider::get)
                .filter(importer -> importer.formatId().equals(formatId)).findFirst();
    }
}
