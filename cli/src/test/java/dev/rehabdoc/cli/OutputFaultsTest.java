package dev.rehabdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user's faults while writing, through the whole command: a full disk, a locked file, a command told to write
 * over its own input or over a filled log, a killed earlier run. Each is exit 1 with a plain sentence, and nothing
 * that was on disk is lost or half-written.
 */
class OutputFaultsTest {
    @TempDir
    Path directory;

    @Test
    void aFullDiskIsTheUsersProblemAndEveryFormatIsWholeOrAbsent() throws Exception {
        Path disk = Files.createDirectories(directory.resolve("small-disk"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=200k", "tmpfs", disk.toString()),
                "cannot mount a small disk here (needs root)");
        try {
            Path out = disk.resolve("out");
            Result result = rehabdoc("export", "--out", out.toString());

            assertThat(result.exit()).isEqualTo(1);
            assertPlain(result.err());
            assertThat(result.err()).contains("the disk is full: free some space or write somewhere else")
                    .contains("nothing of this format was written, and earlier files are as they were");
            List<String> reported = result.out().lines().filter(line -> line.startsWith("  "))
                    .map(line -> Path.of(line.strip()).getFileName().toString()).sorted().toList();
            assertThat(files(out).keySet()).containsExactlyElementsOf(reported);
            for (String failed : failedFormats(result.err())) {
                assertThat(result.out()).doesNotContain(failed + ": wrote");
            }
        } finally {
            run("umount", disk.toString());
        }
    }

    @Test
    void aLockedHandoutStopsItsFormatAndEveryEarlierHandoutStaysAsItWas() throws Exception {
        Path out = directory.resolve("out");
        assertThat(rehabdoc("export", "--out", out.toString(), "--date", "2020-01-01").exit()).isZero();
        Map<String, byte[]> before = files(out);
        Path locked = out.resolve("lumbar-radiculopathy.pdf");
        assumeTrue(run("chattr", "+i", locked.toString()), "chattr +i is not available here");
        try {
            Result result = rehabdoc("export", "--out", out.toString(), "--date", "2021-02-02", "--format", "pdf");

            assertThat(result.exit()).isEqualTo(1);
            assertPlain(result.err());
            assertThat(result.err()).contains("lumbar-radiculopathy.pdf: the file may not be changed")
                    .contains("nothing of this format was written, and earlier files are as they were");
            assertThat(files(out)).containsOnlyKeys(before.keySet());
            before.forEach((name, bytes) -> assertThat(out.resolve(name)).as(name).hasBinaryContent(bytes));
        } finally {
            run("chattr", "-i", locked.toString());
        }
    }

    @Test
    void importLogNeverWritesOverTheLogItReads() throws Exception {
        Path log = exportedLog();
        byte[] before = Files.readAllBytes(log);

        Result result = rehabdoc("import-log", log.toString(), "--out", log.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertPlain(result.err());
        assertThat(result.err()).contains("it is one of the files this command reads");
        assertThat(log).hasBinaryContent(before);
    }

    @Test
    void schemaAndImportLogNeverReplaceAFileThatIsNotJson() throws Exception {
        Path log = exportedLog();
        byte[] before = Files.readAllBytes(log);
        Path other = directory.resolve("other.xlsx");
        Files.copy(log, other);

        Result schema = rehabdoc("schema", "--out", log.toString());
        Result progress = rehabdoc("import-log", log.toString(), "--out", other.toString());

        for (Result result : List.of(schema, progress)) {
            assertThat(result.exit()).isEqualTo(1);
            assertPlain(result.err());
            assertThat(result.err()).contains("a file that is not JSON is already there (it looks like an Excel "
                    + "workbook or another zip file), so it was not replaced");
        }
        assertThat(log).hasBinaryContent(before);
        assertThat(other).hasBinaryContent(before);
    }

    @Test
    void schemaNeitherWritesIntoADeviceNorFollowsALinkToOne() throws Exception {
        Path link = directory.resolve("schema.json");
        Files.createSymbolicLink(link, Path.of("/dev/null"));

        for (String target : List.of("/dev/null", link.toString())) {
            Result result = rehabdoc("schema", "--out", target);

            assertThat(result.exit()).as(target).isEqualTo(1);
            assertPlain(result.err());
            assertThat(result.err()).contains("is a device, pipe or other special file, not a file");
        }
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("/dev/null"));
        assertThat(Path.of("/dev/null")).satisfies(path -> assertThat(Files.isRegularFile(path)).isFalse());
    }

    @Test
    void exportNeverWritesOverItsOwnSource() throws Exception {
        Path out = directory.resolve("out");
        assertThat(rehabdoc("export", "--format", "json", "--out", out.toString()).exit()).isZero();
        Path bundle = out.resolve("bundle.json");
        byte[] before = Files.readAllBytes(bundle);

        Result result = rehabdoc("export", bundle.toString(), "--format", "json", "--out", out.toString(),
                "--date", "2021-02-02");

        assertThat(result.exit()).isEqualTo(1);
        assertPlain(result.err());
        assertThat(result.err()).contains("bundle.json: it is one of the files this command reads");
        assertThat(bundle).hasBinaryContent(before);
    }

    @Test
    void exportNeverWritesInsideItsSourceDirectory() throws Exception {
        Path content = Files.createDirectories(directory.resolve("content"));
        assertThat(rehabdoc("export", "--format", "json", "--out", content.toString()).exit()).isZero();

        Result result = rehabdoc("export", content.toString(), "--out", content.resolve("out").toString());

        assertThat(result.exit()).isEqualTo(1);
        assertPlain(result.err());
        assertThat(result.err()).contains("it is inside the source directory");
        assertThat(content.resolve("out")).doesNotExist();
    }

    @Test
    void whatAKilledExportLeftIsRemovedByTheNextOne() throws Exception {
        Path out = Files.createDirectories(directory.resolve("out"));
        Path leftover = out.resolve(".bundle.json.999999999-0123456789abcdef.part");
        Files.writeString(leftover, "{\"half\": ");

        assertThat(rehabdoc("export", "--format", "json", "--out", out.toString()).exit()).isZero();

        assertThat(leftover).doesNotExist();
        assertThat(files(out).keySet()).containsExactly("bundle.json");
    }

    private Path exportedLog() throws IOException {
        Path out = directory.resolve("logs");
        assertThat(rehabdoc("export", "--format", "xlsx", "--out", out.toString()).exit()).isZero();
        return out.resolve("program-lumbar-template.xlsx");
    }

    /** The formats that the error output says failed. */
    private static List<String> failedFormats(String err) {
        List<String> failed = new ArrayList<>();
        err.lines().filter(line -> line.startsWith("rehabdoc: "))
                .forEach(line -> failed.add(line.substring("rehabdoc: ".length()).split(":", 2)[0]));
        return failed;
    }

    /** No Java class names, stack traces or claims of a bug. */
    private static void assertPlain(String err) {
        assertThat(err).isNotBlank().doesNotContain("Exception", "\tat ", "internal error", "java.", "bug");
    }

    /** Every file below {@code directory}, hidden ones too, with its bytes. */
    private static Map<String, byte[]> files(Path directory) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.filter(Files::isRegularFile).toList()) {
                files.put(directory.relativize(path).toString(), Files.readAllBytes(path));
            }
        }
        return files;
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result rehabdoc(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(exit, out.toString(), err.toString());
    }

    private static boolean run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().transferTo(OutputStream.nullOutputStream());
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
