package dev.rehabdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehabdoc.testing.PictureFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad sources from the model's corpus, through the command line: exit 1, located problems on stderr, nothing else. */
class BadInputTest {
    private static final String PREVIOUS = "a handout from an earlier run\n";

    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(strings = {"syntax-unclosed-quote.yaml", "tab-indentation.yaml", "invalid-utf8.yaml",
            "binary-file.yaml", "alias-bomb.yaml", "trailing-comma.json", "dangling-exercise-reference.yaml",
            "empty-file.yaml", "huge-weeks.yaml"})
    void validateReportsTheProblemsAndExitsWithOne(String name) throws IOException {
        Path source = copyCase(name);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "validate", source.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertNoStackTrace(err.toString());
        assertThat(err.toString().lines()).containsAll(expectedLines(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"syntax-unclosed-quote.yaml", "invalid-utf8.yaml", "alias-bomb.yaml",
            "dangling-exercise-reference.yaml"})
    void exportOfABadSourceWritesNothingAndKeepsEarlierFiles(String name) throws IOException {
        Path source = copyCase(name);
        Path out = Files.createDirectories(directory.resolve("out"));
        Path previous = out.resolve("handout.pdf");
        Files.writeString(previous, PREVIOUS);
        StringWriter stdout = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = Main.run(new PrintWriter(stdout, true), new PrintWriter(err, true), "export", source.toString(),
                "--out", out.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(stdout.toString()).isEmpty();
        assertNoStackTrace(err.toString());
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(path -> !path.equals(out))).containsExactly(previous);
        }
        assertThat(previous).hasBinaryContent(PREVIOUS.getBytes(StandardCharsets.UTF_8));
        if (!err.toString().contains("no export formats are installed")) {
            assertThat(err.toString().lines()).containsAll(expectedLines(name));
        }
    }

    /**
     * A picture of a billion pixels in 1.9 MB, or a 3 GB file of zeros that starts and ends as a PNG: {@code validate}
     * and {@code export} refuse it at once, located at its entry and naming the limit, where they once ran for
     * minutes into gigabytes of memory or ended in an internal error.
     */
    @ParameterizedTest
    @ValueSource(strings = {"validate", "export"})
    void aPictureTooLargeToPrintIsALocatedProblem(String command) throws IOException {
        Path images = Files.createDirectories(directory.resolve("images"));
        PictureFiles.png(images.resolve("tall.png"), 1, 1_000_000_000, 8, 0, 0, 128);
        byte[] png = PictureFiles.png(640, 480, 8, 2, 0, 0, 0, 0);
        try (RandomAccessFile sparse = new RandomAccessFile(images.resolve("sparse.png").toFile(), "rw")) {
            sparse.write(png, 0, 8 + 25);
            sparse.setLength(3L << 30);
            sparse.seek((3L << 30) - 12);
            sparse.write(png, png.length - 12, 12);
        }
        Path source = Files.writeString(directory.resolve("pictures.yaml"), """
                schemaVersion: 1
                conditions:
                  - {id: back, name: Back pain, summary: A sore back., exercises: [walking]}
                exercises:
                  - id: walking
                    name: Walking
                    kind: aerobic
                    steps: [Walk for ten minutes.]
                    images: [images/tall.png, images/sparse.png]
                """);
        Path out = directory.resolve("out");
        StringWriter stdout = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = command.equals("validate")
                ? Main.run(new PrintWriter(stdout, true), new PrintWriter(err, true), command, source.toString())
                : Main.run(new PrintWriter(stdout, true), new PrintWriter(err, true), command, source.toString(),
                        "--out", out.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(stdout.toString()).isEmpty();
        assertNoStackTrace(err.toString());
        assertThat(err.toString().lines()).startsWith(
                source + ":9:14: /exercises/0/images/0: the image images/tall.png is 1 x 1,000,000,000 pixels; at "
                        + "most 200,000,000 pixels and a side ratio of 100:1 are printed",
                source + ":9:31: /exercises/0/images/1: the image images/sparse.png has 3072 MB; the limit for a "
                        + "picture is 64 MB (save it at fewer pixels)");
        assertThat(out).doesNotExist();
    }

    private static void assertNoStackTrace(String err) {
        assertThat(err).isNotBlank().doesNotContain("Exception", "\tat ", "internal error");
    }

    /** A case of the loader's corpus of bad sources (load/src/test/resources/bad, a test resource here), copied. */
    private Path copyCase(String name) throws IOException {
        Path copy = directory.resolve(name);
        try (InputStream in = resource("/bad/" + name)) {
            Files.copy(in, copy);
        }
        return copy;
    }

    /** The problems the corpus expects, as the command prints them for the copy. */
    private List<String> expectedLines(String name) throws IOException {
        String expected;
        try (InputStream in = resource("/bad/" + name.substring(0, name.lastIndexOf('.')) + ".expected")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String prefix = directory.toString() + directory.getFileSystem().getSeparator();
        return expected.lines().map(line -> prefix + line).toList();
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = BadInputTest.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("not on the test class path: " + name);
        }
        return in;
    }
}
