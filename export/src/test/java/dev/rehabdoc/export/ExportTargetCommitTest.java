package dev.rehabdoc.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A commit is all or nothing even when the disk fails at any one of its steps, or others write meanwhile. */
class ExportTargetCommitTest {
    /** A dead writer's process id: above the largest id Linux hands out (2^22). */
    private static final String DEAD_PID = "999999999";

    @TempDir
    Path directory;

    @Test
    void aFaultAtEachStepOfTheCommitPutsEveryEarlierFileBack() throws Exception {
        earlierFiles();
        Map<String, String> before = contents();
        int steps = countSteps();
        int removals = 3; // the last steps remove the set-aside earlier files, once every new one is in place

        for (int failing = 0; failing < steps; failing++) {
            FailingDisk disk = new FailingDisk(failing, false);
            try (ExportTarget target = ExportTarget.in(directory, List.of(), disk)) {
                writeNewFiles(target);
                if (failing < steps - removals) {
                    assertThatThrownBy(target::commit)
                            .as("a fault at step %d of %d", failing, steps)
                            .isInstanceOf(ExportException.class)
                            .hasMessageContaining("injected fault")
                            .hasMessageEndingWith(
                                    "nothing of this format was written, and earlier files are as they were");
                } else {
                    assertThat(target.commit()).hasSize(4);
                }
            }
            if (failing < steps - removals) {
                assertThat(contents()).as("after a fault at step %d", failing).isEqualTo(before);
            } else {
                // The export is done; the earlier file that could not be removed waits hidden for the next run.
                assertThat(contents()).as("after a fault at step %d", failing)
                        .containsAllEntriesOf(Map.of("a.pdf", "new a", "b.pdf", "new b", "c.pdf", "new c",
                                "d.pdf", "new d"))
                        .hasSize(5);
                contents().keySet().stream().filter(name -> name.endsWith(".old")).forEach(name ->
                        directory.resolve(name).toFile().delete());
                earlierFiles();
                Files.delete(directory.resolve("d.pdf"));
            }
        }
    }

    @Test
    void whenPuttingBackFailsTooTheMessageSaysWhereEachEarlierFileIs() throws Exception {
        earlierFiles();
        FailingDisk disk = new FailingDisk(3, true); // after the second file is placed, nothing works any more

        try (ExportTarget target = ExportTarget.in(directory, List.of(), disk)) {
            writeNewFiles(target);
            assertThatThrownBy(target::commit)
                    .isInstanceOf(ExportException.class)
                    .hasMessageContaining("could not all be put back")
                    .hasMessageContaining("a.pdf is the new file, and the earlier one is kept as ")
                    .hasMessageContaining("b.pdf is missing: the earlier file is kept as ");
        }
        Map<String, String> after = contents();
        assertThat(after).containsEntry("a.pdf", "new a").doesNotContainKey("b.pdf").containsEntry("c.pdf", "old c");
        assertThat(after.entrySet()).filteredOn(entry -> entry.getKey().startsWith(".a.pdf."))
                .extracting(Map.Entry::getValue).containsExactly("old a");
        assertThat(after.entrySet()).filteredOn(entry -> entry.getKey().startsWith(".b.pdf."))
                .extracting(Map.Entry::getValue).containsExactly("old b");
    }

    @Test
    void aFileSavedWhileTheExportRanIsAskedAboutAtTheMomentOfReplacing() throws Exception {
        try (ExportTarget target = ExportTarget.in(directory)) {
            target.write("log.xlsx", existing -> Files.readString(existing).contains("entries")
                    ? Optional.of("log.xlsx has entries") : Optional.empty(), out -> out.write(bytes("new log")));
            target.write("a.pdf", out -> out.write(bytes("new a")));
            Files.writeString(directory.resolve("a.pdf"), "old a");
            Files.writeString(directory.resolve("log.xlsx"), "typed entries"); // saved by a physiotherapist meanwhile

            assertThatThrownBy(target::commit)
                    .isInstanceOf(ExportException.class)
                    .hasMessage("log.xlsx has entries; nothing of this format was written, and earlier files are as "
                            + "they were");
        }
        assertThat(contents()).isEqualTo(Map.of("a.pdf", "old a", "log.xlsx", "typed entries"));
    }

    @Test
    void aFileThatAppearsBetweenSettingAsideAndPlacingWins() throws Exception {
        Files.writeString(directory.resolve("a.pdf"), "old a");
        Disk racing = new ForwardingDisk() {
            @Override
            public void place(Path from, Path to) throws IOException {
                if (to.getFileName().toString().equals("b.pdf") && !Files.exists(to)) {
                    Files.writeString(to, "saved meanwhile");
                }
                super.place(from, to);
            }
        };

        try (ExportTarget target = ExportTarget.in(directory, List.of(), racing)) {
            target.write("a.pdf", out -> out.write(bytes("new a")));
            target.write("b.pdf", out -> out.write(bytes("new b")));
            assertThatThrownBy(target::commit)
                    .isInstanceOf(ExportException.class)
                    .hasMessageContaining("b.pdf: another program saved a file here while rehabdoc was writing");
        }
        assertThat(contents()).isEqualTo(Map.of("a.pdf", "old a", "b.pdf", "saved meanwhile"));
    }

    @Test
    void aLinkAtAnOutputsNameIsNeitherFollowedNorReplaced() throws Exception {
        Files.createSymbolicLink(directory.resolve("a.pdf"), Path.of("/dev/null"));

        try (ExportTarget target = ExportTarget.in(directory)) {
            target.write("a.pdf", out -> out.write(bytes("new a")));
            assertThatThrownBy(target::commit)
                    .isInstanceOf(ExportException.class)
                    .hasMessageContaining("a.pdf: a link is in the way, not a file rehabdoc wrote");
        }
        assertThat(Files.readSymbolicLink(directory.resolve("a.pdf"))).isEqualTo(Path.of("/dev/null"));
    }

    @Test
    void aNamedPipeAtAnOutputsNameIsNotReplaced() throws Exception {
        Path pipe = directory.resolve("a.pdf");
        assumeTrue(run("mkfifo", pipe.toString()), "mkfifo is not available");

        try (ExportTarget target = ExportTarget.in(directory)) {
            target.write("a.pdf", out -> out.write(bytes("new a")));
            assertThatThrownBy(target::commit)
                    .isInstanceOf(ExportException.class)
                    .hasMessageContaining("a.pdf: a device or other special file is in the way");
        }
        assertThat(pipe).exists();
        assertThat(Files.isRegularFile(pipe)).isFalse();
    }

    @Test
    void anInputOfTheExportIsNeverReplaced() throws Exception {
        Path source = directory.resolve("bundle.json");
        Files.writeString(source, "the source");

        try (ExportTarget target = ExportTarget.in(directory, List.of(source))) {
            target.write("bundle.json", out -> out.write(bytes("{}")));
            assertThatThrownBy(target::commit)
                    .isInstanceOf(ExportException.class)
                    .hasMessageContaining("bundle.json: it is one of the files this command reads");
        }
        assertThat(source).hasContent("the source");
    }

    @Test
    void anOutputDirectoryInsideADirectorySourceIsRefused() throws Exception {
        Path source = Files.createDirectories(directory.resolve("content"));

        assertThatThrownBy(() -> ExportTarget.in(source.resolve("out"), List.of(source)))
                .isInstanceOf(FileSystemException.class)
                .hasMessageContaining("it is inside the source directory");
        assertThatThrownBy(() -> ExportTarget.in(source, List.of(source)))
                .isInstanceOf(FileSystemException.class);
        assertThat(source).isEmptyDirectory();
    }

    @Test
    void whatAKilledWriterLeftIsTidiedByTheNextTarget() throws Exception {
        Files.writeString(directory.resolve(".a.pdf." + DEAD_PID + "-0123456789abcdef.part"), "half a new file");
        Files.writeString(directory.resolve(".b.pdf." + DEAD_PID + "-0123456789abcdef.old"), "old b, set aside");
        Files.writeString(directory.resolve("c.pdf"), "new c");
        Files.writeString(directory.resolve(".c.pdf." + DEAD_PID + "-0123456789abcdef.old"), "old c, set aside");
        Files.createDirectories(directory.resolve("images"));
        Files.writeString(directory.resolve("images/.x.png." + DEAD_PID + "-0123456789abcdef.part"), "half");
        String running = ".d.pdf." + ProcessHandle.current().pid() + "-0123456789abcdef.part";
        Files.writeString(directory.resolve(running), "a running writer's");
        Files.writeString(directory.resolve(".notes." + DEAD_PID + ".part"), "not a name rehabdoc makes");

        try (ExportTarget target = ExportTarget.in(directory)) {
            assertThat(target.commit()).isEmpty();
        }

        assertThat(contents()).isEqualTo(Map.of("b.pdf", "old b, set aside", "c.pdf", "new c",
                running, "a running writer's", ".notes." + DEAD_PID + ".part", "not a name rehabdoc makes"));
    }

    @Test
    void anImmutableEarlierFileStopsTheCommitAndTheOthersAreBack() throws Exception {
        earlierFiles();
        Path locked = directory.resolve("b.pdf");
        assumeTrue(run("chattr", "+i", locked.toString()), "chattr +i is not available here");
        try {
            Map<String, String> before = contents();
            try (ExportTarget target = ExportTarget.in(directory)) {
                writeNewFiles(target);
                assertThatThrownBy(target::commit)
                        .isInstanceOf(ExportException.class)
                        .hasMessageContaining("b.pdf: the file may not be changed (it is locked or immutable)")
                        .hasMessageEndingWith("nothing of this format was written, and earlier files are as they were");
            }
            assertThat(contents()).isEqualTo(before);
        } finally {
            run("chattr", "-i", locked.toString());
        }
    }

    private void earlierFiles() throws IOException {
        for (String name : List.of("a", "b", "c")) {
            Files.writeString(directory.resolve(name + ".pdf"), "old " + name);
        }
    }

    private static void writeNewFiles(ExportTarget target) throws Exception {
        for (String name : List.of("a", "b", "c", "d")) {
            target.write(name + ".pdf", out -> out.write(bytes("new " + name)));
        }
    }

    /** How many disk operations a commit of {@link #writeNewFiles} over {@link #earlierFiles} makes. */
    private int countSteps() throws Exception {
        Path scratch = Files.createTempDirectory(directory.getParent(), "count");
        for (String name : List.of("a", "b", "c")) {
            Files.writeString(scratch.resolve(name + ".pdf"), "old " + name);
        }
        FailingDisk counting = new FailingDisk(Integer.MAX_VALUE, false);
        try (ExportTarget target = ExportTarget.in(scratch, List.of(), counting)) {
            writeNewFiles(target);
            target.commit();
        }
        assertThat(counting.steps.get()).isEqualTo(3 * 2 + 1 + 3); // set aside and place, place d, remove set-asides
        return counting.steps.get();
    }

    /** Every file below the directory, hidden ones too, with its text. */
    private Map<String, String> contents() throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.filter(path -> !path.equals(directory)).toList()) {
                String name = directory.relativize(path).toString();
                if (Files.isSymbolicLink(path) || !Files.isRegularFile(path)) {
                    if (!Files.isDirectory(path)) {
                        contents.put(name, "(special)");
                    }
                } else {
                    contents.put(name, Files.readString(path));
                }
            }
        }
        return contents;
    }

    private static boolean run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The real disk. */
    private static class ForwardingDisk implements Disk {
        @Override
        public void setAside(Path from, Path to) throws IOException {
            Disk.REAL.setAside(from, to);
        }

        @Override
        public void place(Path from, Path to) throws IOException {
            Disk.REAL.place(from, to);
        }

        @Override
        public void delete(Path path) throws IOException {
            Disk.REAL.delete(path);
        }
    }

    /** The real disk, but its step number {@code failing} (from 0) fails, and with {@code andAfter} every later one. */
    private static final class FailingDisk extends ForwardingDisk {
        final AtomicInteger steps = new AtomicInteger();
        private final int failing;
        private final boolean andAfter;

        FailingDisk(int failing, boolean andAfter) {
            this.failing = failing;
            this.andAfter = andAfter;
        }

        private void step(Path path) throws IOException {
            int step = steps.getAndIncrement();
            if (step == failing || andAfter && step > failing) {
                throw new FileSystemException(path.toString(), null, "injected fault");
            }
        }

        @Override
        public void setAside(Path from, Path to) throws IOException {
            step(from);
            super.setAside(from, to);
        }

        @Override
        public void place(Path from, Path to) throws IOException {
            step(to);
            super.place(from, to);
        }

        @Override
        public void delete(Path path) throws IOException {
            step(path);
            super.delete(path);
        }
    }
}
