package dev.rehabdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Escapes decode to text the source may hold: refused where the character would be, and kept where it may be. */
class EscapedTextTest {
    @TempDir
    Path directory;

    @Test
    void aControlCharacterWrittenAsAnEscapeNeverReachesTheTerminal() throws IOException {
        Path source = Files.writeString(directory.resolve("title.yaml"), """
                schemaVersion: 1
                exercises:
                  - {id: walking, name: "Walking\\e]0;pwned\\a", kind: aerobic, steps: [Walk.]}
                """);

        MainTest.Run list = MainTest.run("list", source.toString());

        assertThat(list.exitCode()).isEqualTo(1);
        assertThat(list.out()).isEmpty();
        assertThat(list.err()).contains("title.yaml:3:25: /exercises/0/name: the text contains an escape for the "
                + "invisible control character U+001B").doesNotContain("\u001b").doesNotContain("\u0007");
    }

    @Test
    void aTableShowsControlCharactersAsEscapesWhateverReachesIt() {
        StringWriter out = new StringWriter();

        new TextTable("name").row("Walking\u001b]0;pwned\u0007\u202e").print(new PrintWriter(out, true));

        assertThat(out.toString()).contains("Walking\\u001B]0;pwned\\u0007\\u202E").doesNotContain("\u001b");
    }

    /** The README says a bundle is a valid source: text with escapes the source may hold reads back from it. */
    @Test
    void escapesASourceMayHoldSurviveTheBundleAndReadBack() throws IOException {
        Path source = Files.writeString(directory.resolve("escapes.json"), """
                {"schemaVersion": 1, "exercises": [{"id": "walking", "name": "Walking \\u00e9 \\ud83d\\ude00 \\u2014",
                  "kind": "aerobic", "steps": ["Walk.\\tSlowly."]}]}
                """);
        Path out = directory.resolve("out");

        MainTest.Run export = MainTest.run("export", source.toString(), "--format", "json", "--out", out.toString());
        MainTest.Run validate = MainTest.run("validate", out.resolve("bundle.json").toString());

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(validate.exitCode()).as(validate.err()).isZero();
        assertThat(Files.readString(out.resolve("bundle.json"))).contains("Walking é \uD83D\uDE00 —");
    }
}
