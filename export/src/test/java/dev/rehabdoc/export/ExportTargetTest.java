package dev.rehabdoc.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExportTargetTest {

    @TempDir
    Path directory;

    @Test
    void nothingIsVisibleBeforeCommit() throws Exception {
        try (ExportTarget target = ExportTarget.in(directory)) {
            target.write("handout.pdf", out -> out.write(bytes("pdf")));
            target.write("images/cat-cow.png", out -> out.write(bytes("png")));

            assertThat(directory.resolve("handout.pdf")).doesNotExist();
            assertThat(directory.resolve("images/cat-cow.png")).doesNotExist();
            assertThat(visibleFiles()).isEmpty();

            List<Path> written = target.commit();

            assertThat(written).containsExactly(directory.toRealPath().resolve("handout.pdf"),
                    directory.toRealPath().resolve("images/cat-cow.png"));
        }
        assertThat(directory.resolve("handout.pdf")).hasBinaryContent(bytes("pdf"));
        assertThat(directory.resolve("images/cat-cow.png")).hasBinaryContent(bytes("png"));
        assertThat(allFiles()).containsExactlyInAnyOrder("handout.pdf", "images/cat-cow.png");
    }

    @Test
    void closingWithoutCommitLeavesTheDirectoryAsItWas() throws Exception {
        Files.write(directory.resolve("handout.pdf"), bytes("earlier handout"));
        Files.createDirectories(directory.resolve("images"));
        Files.write(directory.resolve("images/old.png"), bytes("earlier image"));
        List<String> before = allFiles();

        try (ExportTarget target = ExportTarget.in(directory)) {
            target.write("handout.pdf", out -> out.write(bytes("new handout")));
            target.write("images/new.png", out -> out.write(bytes("new image")));
            target.write("logs/week-1.xlsx", out -> out.write(bytes("log")));
            assertThat(allFiles()).hasSizeGreaterThan(before.size());
        }

        assertThat(allFiles()).containsExactlyElementsOf(before);
        assertThat(directory.resolve("handout.pdf")).hasBinaryContent(bytes("earlier handout"));
        assertThat(directory.resolve("images/old.png")).hasBinaryContent(bytes("earlier image"));
        assertThat(directory.resolve("logs")).doesNotExist();
    }

    @Test
    void aWriterThatFailsHalfwayLeavesNothingBehind() throws Exception {
        Files.write(directory.resolve("handout.pdf"), bytes("earlier handout"));

        try (ExportTarget target = ExportTarget.in(directory)) {
            assertThatThrownBy(() -> target.write("handout.pdf", out -> {
                out.write(bytes("half a hand"));
                throw new IOException("disk full");
            })).hasMessage("disk full");
        }

        assertThat(allFiles()).containsExactly("handout.pdf");
        assertThat(directory.resolve("handout.pdf")).hasBinaryContent(bytes("earlier handout"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "../escape.pdf", "images/../../escape.pdf", "/etc/passwd", "/tmp/x.pdf",
            "images\\x.png", "..\\escape.pdf", "", "images//x.png", "images/", "/", ".hidden", "a/./b.pdf",
            "C:escape.pdf", "nul\u0000.pdf", "line\nbreak.pdf"})
    void unsafeNamesAreRefused(String name) throws Exception {
        try (ExportTarget target = ExportTarget.in(directory)) {
            assertThatThrownBy(() -> target.write(name, out -> out.write(1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(allFiles()).isEmpty();
        assertThat(directory.getParent().resolve("escape.pdf")).doesNotExist();
    }

    @Test
    void aLinkInsideTheDirectoryDoesNotLeadWritesOutOfIt(@TempDir Path elsewhere) throws Exception {
        try {
            Files.createSymbolicLink(directory.resolve("images"), elsewhere);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "this file system has no symbolic links");
        }

        try (ExportTarget target = ExportTarget.in(directory)) {
            assertThatThrownBy(() -> target.write("images/x.png", out -> out.write(1)))
                    .isInstanceOf(FileSystemException.class)
                    .hasMessageContaining("a link leads out of the output directory");
            assertThatThrownBy(() -> target.write("images/large/x.png", out -> out.write(1)))
                    .isInstanceOf(FileSystemException.class)
                    .hasMessageContaining("a link leads out of the output directory");
        }

        try (Stream<Path> files = Files.list(elsewhere)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aFileWhereTheDirectoryShouldBeIsNotADirectory() throws Exception {
        Path file = directory.resolve("out");
        Files.write(file, bytes("a file"));

        assertThatThrownBy(() -> ExportTarget.in(file)).isInstanceOf(NotDirectoryException.class);
        assertThat(file).hasBinaryContent(bytes("a file"));
    }

    @Test
    void aFileWhereASubdirectoryShouldBeStopsThatWrite() throws Exception {
        Files.write(directory.resolve("images"), bytes("a file"));

        try (ExportTarget target = ExportTarget.in(directory)) {
            assertThatThrownBy(() -> target.write("images/x.png", out -> out.write(1)))
                    .isInstanceOf(FileSystemException.class);
        }
        assertThat(directory.resolve("images")).hasBinaryContent(bytes("a file"));
    }

    @Test
    void aDirectoryWhereAFileShouldBeStopsThatWrite() throws Exception {
        Files.createDirectories(directory.resolve("handout.pdf"));

        try (ExportTarget target = ExportTarget.in(directory)) {
            assertThatThrownBy(() -> target.write("handout.pdf", out -> out.write(1)))
                    .isInstanceOf(FileAlreadyExistsException.class)
                    .hasMessageContaining("a directory is in the way");
        }
        assertThat(directory.resolve("handout.pdf")).isEmptyDirectory();
    }

    @Test
    void aReadOnlyDirectoryIsRefusedClearly() throws Exception {
        Path readOnly = Files.createDirectories(directory.resolve("read-only"));
        assumeTrue(Files.getFileStore(readOnly).supportsFileAttributeView("posix"), "no POSIX permissions here");
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // The superuser may write anyway (access(2) says so); then there is nothing to refuse.
            assumeFalse(Files.isWritable(readOnly), "running as a user who may write into read-only directories");

            assertThatThrownBy(() -> ExportTarget.in(readOnly))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("the directory is not writable");
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void writingTheSameNameTwiceIsRefused() throws Exception {
        try (ExportTarget target = ExportTarget.in(directory)) {
            target.write("handout.pdf", out -> out.write(1));

            assertThatThrownBy(() -> target.write("handout.pdf", out -> out.write(2)))
                    .isInstanceOf(FileAlreadyExistsException.class);
        }
        assertThat(allFiles()).isEmpty();
    }

    @Test
    void aCommittedTargetTakesNoMoreFiles() throws Exception {
        try (ExportTarget target = ExportTarget.in(directory)) {
            target.commit();

            assertThatThrownBy(() -> target.write("late.pdf", out -> out.write(1)))
                    .isInstanceOf(IllegalStateException.class);
        }
        assertThat(allFiles()).isEmpty();
    }

    @Test
    void twoThreadsWriteDifferentNamesIntoOneTarget() throws Exception {
        int perThread = 50;
        try (ExportTarget target = ExportTarget.in(directory);
             ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<Void>> futures = new ArrayList<>();
            for (String thread : List.of("a", "b")) {
                Callable<Void> writer = () -> {
                    for (int i = 0; i < perThread; i++) {
                        String name = "images/" + thread + "-" + i + ".png";
                        target.write(name, out -> out.write(bytes(name)));
                    }
                    return null;
                };
                futures.add(pool.submit(writer));
            }
            for (Future<Void> future : futures) {
                future.get();
            }

            assertThat(target.commit()).hasSize(2 * perThread);
        }
        for (String thread : List.of("a", "b")) {
            for (int i = 0; i < perThread; i++) {
                String name = "images/" + thread + "-" + i + ".png";
                assertThat(directory.resolve(name)).hasBinaryContent(bytes(name));
            }
        }
        assertThat(allFiles()).hasSize(2 * perThread);
    }

    /** Every file and directory below the target, relative, including hidden temporary files. */
    private List<String> allFiles() throws Exception {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(path -> !path.equals(directory))
                    .filter(path -> Files.isRegularFile(path) || isEmptyDirectory(path))
                    .map(path -> directory.relativize(path).toString())
                    .sorted()
                    .toList();
        }
    }

    /** Files a user would see: everything but the hidden temporary ones. */
    private List<String> visibleFiles() throws Exception {
        return allFiles().stream().filter(name -> !Path.of(name).getFileName().toString().startsWith(".")).toList();
    }

    private static boolean isEmptyDirectory(Path path) {
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(path)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
