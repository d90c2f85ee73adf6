package dev.rehabdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
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

    private static void assertNoStackTrace(String err) {
        assertThat(err).isNotBlank().doesNotContain("Exception", "\tat ", "internal error");
    }

    /** A case of the model's corpus of bad sources, copied out of its test jar. */
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
