package dev.rehabdoc.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad source in {@code src/test/resources/bad/} fails to load with exactly the located problems in the
 * {@code .expected} file beside it; the cases too big or too machine-specific to commit are generated here.
 */
class BadSourceCorpusTest {
    /**
     * A hang guard, not a performance test. Generous, because the largest generated cases are read twice (a bad
     * source is read again to locate its problems), perhaps on a busy 2-core machine; a hang never ends.
     */
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);
    /** The cases whose problems concern a whole file or directory, so have no line and column. */
    private static final Set<String> WHOLE_FILE_CASES = Set.of("empty-file", "whitespace-only-file",
            "directory-without-yaml");
    static Stream<String> cases() throws IOException {
        try (Stream<Path> entries = Files.list(corpus())) {
            return entries.map(path -> path.getFileName().toString())
                    .filter(name -> !name.endsWith(".expected"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @Test
    void theCorpusHasAtLeastFortyCasesEachWithItsExpectedProblems() throws IOException {
        List<String> cases = cases().toList();

        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
        for (String name : cases) {
            assertThat(corpus().resolve(baseName(name) + ".expected")).as(name).isRegularFile();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aBadSourceFailsWithItsLocatedProblems(String name) throws IOException {
        Path source = corpus().resolve(name);
        List<String> expected = Files.readAllLines(corpus().resolve(baseName(name) + ".expected"));

        List<Problem> problems = failedProblems(source);

        assertThat(lines(problems, corpus())).containsExactlyElementsOf(expected);
        LoadedProblems.assertReadable(problems, "");
        if (!WHOLE_FILE_CASES.contains(baseName(name))) {
            assertThat(problems).as("every problem has a line and column")
                    .allSatisfy(problem -> assertThat(problem.location().line()).isPositive());
        }
    }

    @Test
    void tenThousandNestedListsStopAtTheDepthLimit(@TempDir Path directory) throws IOException {
        Path yaml = directory.resolve("deep.yaml");
        Files.writeString(yaml, "schemaVersion: 1\nsteps: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
        Path json = directory.resolve("deep.json");
        Files.writeString(json, "{\"schemaVersion\": 1, \"steps\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}");
        String pointer = "/steps" + "/0".repeat(TreeReader.MAX_DEPTH - 1);
        String message = ": " + pointer + ": values are nested more than 32 levels deep; a source needs no more than six";

        assertThat(lines(failedProblems(yaml), directory)).containsExactly("deep.yaml:2:39" + message);
        assertThat(lines(failedProblems(json), directory)).containsExactly("deep.json:1:62" + message);
    }

    @Test
    void tenThousandNestedMappingsStopAtTheDepthLimit(@TempDir Path directory) throws IOException {
        StringBuilder text = new StringBuilder("schemaVersion: 1\nsteps: ");
        for (int depth = 0; depth < 10_000; depth++) {
            text.append("{a: ");
        }
        text.append("x").append("}".repeat(10_000)).append('\n');
        Path yaml = directory.resolve("deep.yaml");
        Files.writeString(yaml, text);

        List<Problem> problems = failedProblems(yaml);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.location().line()).isEqualTo(2);
            assertThat(problem.message()).startsWith("values are nested more than 32 levels deep");
        });
    }

    @Test
    void millionsOfTinyValuesStopAtTheValueLimit(@TempDir Path directory) throws IOException {
        Path tiny = directory.resolve("tiny.yaml");
        Files.writeString(tiny, "schemaVersion: 1\nexercises:\n" + "  - []\n".repeat(TreeReader.MAX_VALUES));

        assertThat(lines(failedProblems(tiny), directory)).containsExactly("tiny.yaml:" + TreeReader.MAX_VALUES
                + ":5: /exercises/" + (TreeReader.MAX_VALUES - 3) + ": the file has more than 2000000 values; split "
                + "the content into several files in one directory");
    }

    /**
     * A 5 MB step is refused at the step's limit however it is written, in about a second: as quoted words, as one
     * word without spaces, which the YAML scanner once took 20 s and 2 GB to read, as block text, and in JSON.
     */
    @Test
    void aFiveMegabyteStepIsRefusedAtItsLimitInEverySpelling(@TempDir Path directory) throws IOException {
        int length = 5 * 1024 * 1024;
        String words = "Breathe in slowly. ".repeat(length / 19 + 1).substring(0, length);
        String word = "a".repeat(length);
        String head = "schemaVersion: 1\nexercises:\n  - id: x\n    name: X\n    kind: yoga\n    steps:\n";
        Files.writeString(directory.resolve("quoted.yaml"), head + "      - \"" + words + "\"\n");
        Files.writeString(directory.resolve("word.yaml"), head + "      - " + word + "\n");
        Files.writeString(directory.resolve("block.yaml"), head + "      - >-\n        " + words + "\n");
        Files.writeString(directory.resolve("step.json"), "{\"schemaVersion\": 1, \"exercises\": [{\"id\": \"x\", "
                + "\"name\": \"X\", \"kind\": \"yoga\", \"steps\": [\"" + word + "\"]}]}");
        String problem = ": /exercises/0/steps/0: is 5,242,880 characters long; a step has at most 10,000";

        for (String yaml : List.of("quoted.yaml", "word.yaml", "block.yaml")) {
            assertThat(lines(failedProblems(directory.resolve(yaml)), directory)).containsExactly(yaml + ":7:9" + problem);
        }
        assertThat(lines(failedProblems(directory.resolve("step.json")), directory))
                .containsExactly("step.json:1:87" + problem);
    }

    @Test
    void aFileOf200MegabytesIsRejectedWithoutBeingRead(@TempDir Path directory) throws IOException {
        Path huge = directory.resolve("huge.yaml");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(200L << 20); // sparse: takes no disk and is never read
        }

        assertThat(lines(failedProblems(huge), directory)).containsExactly(
                "huge.yaml: /: the file has 200 MB; the limit is 64 MB (split the content into several files in one "
                        + "directory)");
        assertThat(lines(failedProblems(directory), directory)).containsExactly(
                "huge.yaml: /: the file has 200 MB; the limit is 64 MB (split the content into several files in one "
                        + "directory)");
    }

    @Test
    void aStreamOf200MegabytesIsCutOffAtTheLimit() {
        InputStream endless = new InputStream() {
            private long left = 200L << 20;

            @Override
            public int read() {
                return left-- > 0 ? ' ' : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (length == 0) {
                    return 0;
                }
                int n = (int) Math.min(length, left);
                if (n <= 0) {
                    return -1;
                }
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) ' ');
                left -= n;
                return n;
            }
        };

        LoadResult result = assertTimeoutPreemptively(HANG_GUARD, () -> CatalogLoader.load("huge.yaml", endless));

        assertThat(result).isInstanceOfSatisfying(LoadResult.Failed.class, failed -> assertThat(failed.problems())
                .extracting(Problem::toString)
                .containsExactly("huge.yaml: /: the content is larger than the limit of 64 MB"));
    }

    @Test
    void anImageLinkedFromOutsideTheSourceIsRefused(@TempDir Path directory) throws IOException {
        Path outside = Files.createDirectories(directory.resolve("outside"));
        Files.write(outside.resolve("walking.png"), SyntheticImages.PNG);
        Path source = Files.createDirectories(directory.resolve("source"));
        Files.createDirectories(source.resolve("images"));
        assumeTrue(symlink(source.resolve("images/walking.png"), outside.resolve("walking.png")),
                "this file system has no symbolic links");
        symlink(source.resolve("linked"), outside);
        Files.writeString(source.resolve("catalog.yaml"), """
                schemaVersion: 1
                exercises:
                  - id: walking
                    name: Walking
                    kind: aerobic
                    steps: [Walk for ten minutes.]
                    images: [images/walking.png, linked/walking.png]
                """);

        assertThat(lines(failedProblems(source), directory)).containsExactly(
                "source/catalog.yaml:7:14: /exercises/0/images/0: the image images/walking.png is outside the source's "
                        + "directory source; copy it inside",
                "source/catalog.yaml:7:34: /exercises/0/images/1: the image linked/walking.png is outside the source's "
                        + "directory source; copy it inside");
    }

    @Test
    void aDeviceIsNotReadAsASource() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");

        assertThat(lines(failedProblems(zero), Path.of("/dev"))).containsExactly("zero: /: not a regular file (a "
                + "device, pipe or socket cannot be a source); name a .yaml, .yml or .json file, or a directory of them");
    }

    @Test
    void aNamedPipeIsNotWaitedOn(@TempDir Path directory) throws IOException, InterruptedException {
        Path pipe = directory.resolve("pipe.yaml");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            made = false;
        }
        assumeTrue(made, "mkfifo is not available");

        assertThat(lines(failedProblems(pipe), directory)).singleElement().asString().startsWith("pipe.yaml: /: not a "
                + "regular file");
    }

    @Test
    void contentReadFromAStreamGetsTheSameMessages() throws IOException {
        byte[] bytes = Files.readAllBytes(corpus().resolve("syntax-unclosed-quote.yaml"));
        List<String> expected = Files.readAllLines(corpus().resolve("syntax-unclosed-quote.expected"),
                StandardCharsets.UTF_8);

        LoadResult result = CatalogLoader.load("syntax-unclosed-quote.yaml", new ByteArrayInputStream(bytes));

        assertThat(result).isInstanceOfSatisfying(LoadResult.Failed.class, failed -> assertThat(failed.problems())
                .extracting(Problem::toString)
                .containsExactlyElementsOf(expected));
    }

    /** Loads a source that must fail, within the hang guard, and returns its problems. */
    private static List<Problem> failedProblems(Path source) {
        LoadResult result = assertTimeoutPreemptively(HANG_GUARD, () -> CatalogLoader.load(source),
                () -> source + " took longer than " + HANG_GUARD.toSeconds() + " s");
        assertThat(result).as(source.toString()).isInstanceOf(LoadResult.Failed.class);
        return ((LoadResult.Failed) result).problems();
    }

    /** The problems as printed, with the directory the cases stand in left out. */
    private static List<String> lines(List<Problem> problems, Path directory) {
        String prefix = directory.toString() + directory.getFileSystem().getSeparator();
        return problems.stream().map(problem -> problem.toString().replace(prefix, "")).toList();
    }

    private static String baseName(String caseName) {
        int dot = caseName.lastIndexOf('.');
        return dot < 0 ? caseName : caseName.substring(0, dot);
    }

    private static boolean symlink(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    static Path corpus() {
        try {
            return Path.of(BadSourceCorpusTest.class.getResource("/bad").toURI());
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    /** The smallest complete PNG: one transparent pixel. */
    static final class SyntheticImages {
        static final byte[] PNG = java.util.HexFormat.of().parseHex("89504e470d0a1a0a0000000d4948445200000001000000010806"
                + "0000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4a80000000049454e44ae426082");

        private SyntheticImages() {
        }
    }
}
