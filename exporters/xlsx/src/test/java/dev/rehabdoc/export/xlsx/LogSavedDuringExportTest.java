package dev.rehabdoc.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehabdoc.export.ExportException;
import dev.rehabdoc.export.ExportTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A physiotherapist saves a filled log into the output folder while an export runs: the log is asked about at the
 * moment of replacing it, not only when the export starts, so it is never replaced without {@code --force}.
 */
class LogSavedDuringExportTest {
    private static final String LOG = "program-lumbar-template.xlsx";

    @TempDir
    Path directory;

    @Test
    void aFilledLogSavedAfterTheExportStartedIsKept() throws Exception {
        Path filled = filledLog();
        byte[] typed = Files.readAllBytes(filled);
        Path out = Files.createDirectories(directory.resolve("out"));

        try (ExportTarget target = ExportTarget.in(out)) {
            new XlsxExporter().export(Fixtures.seed(), Fixtures.OPTIONS, target);
            // Saved by Excel while the workbooks were being written: a new file renamed into place.
            Files.copy(filled, out.resolve(LOG), StandardCopyOption.REPLACE_EXISTING);

            assertThatThrownBy(target::commit)
                    .isInstanceOf(ExportException.class)
                    .hasMessageContaining(LOG + ": this exercise log has 1 entry typed into its Log sheet")
                    .hasMessageContaining("nothing of this format was written, and earlier files are as they were");
        }
        assertThat(out.resolve(LOG)).hasBinaryContent(typed);
        try (var files = Files.list(out)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly(LOG);
        }
    }

    @Test
    void withForceTheLogSavedMeanwhileIsReplaced() throws Exception {
        Path filled = filledLog();
        Path out = Files.createDirectories(directory.resolve("out"));

        try (ExportTarget target = ExportTarget.in(out)) {
            new XlsxExporter().export(Fixtures.seed(), Fixtures.OPTIONS.withForce(true), target);
            Files.copy(filled, out.resolve(LOG));
            assertThat(target.commit()).hasSize(3);
        }
        assertThat(ExerciseLogReader.countEntries(out.resolve(LOG))).isZero();
    }

    private Path filledLog() throws Exception {
        Path first = directory.resolve("first");
        Fixtures.export(Fixtures.seed(), Fixtures.OPTIONS, first);
        Path log = first.resolve(LOG);
        LogFilling.fill(log, 1, "yes", 2, 10, 5, 3, "felt fine");
        return log;
    }
}
