package dev.rehabdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path directory;

    /** What one run of the command printed and returned. */
    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    @Test
    void validatesTheEmbeddedArticleWithASummaryLine() {
        Run run = run("validate");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("pinched-nerve-exercises.yaml (embedded): valid: 2 conditions, 8 exercises, "
                + "2 programs, 2 experts, 9 risk factors\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void reportsEveryProblemOfABadSourceOnStandardErrorWithExitOne() throws IOException {
        Path bad = Files.writeString(directory.resolve("bad.yaml"), """
                schemaVersion: 1
                exercises:
                  - {id: walking, nmae: Walking, kind: aerobic, steps: [Walk.]}
                programs:
                  - {id: p, title: P, condition: back, weeks: six, sessionsPerWeek: 3, exercises: [{exercise: walking}]}
                """);

        Run run = run("validate", bad.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(String.join("\n",
                bad + ":3:5: /exercises/0/name: required field 'name' is missing",
                bad + ":3:19: /exercises/0/nmae: unknown field 'nmae'; did you mean 'name'?",
                bad + ":5:34: /programs/0/condition: no condition has the id 'back'",
                bad + ":5:47: /programs/0/weeks: must be a whole number, not the text 'six'",
                bad + ": 4 problems", ""));
    }

    @Test
    void aFloodOfProblemsIsCountedButListedOnlyInPart() throws IOException {
        StringBuilder yaml = new StringBuilder("schemaVersion: 1\nriskFactors:\n");
        for (int i = 0; i < 300; i++) {
            yaml.append("  - {id: r").append(i).append(", name: R, colour: red}\n");
        }
        Path flood = Files.writeString(directory.resolve("flood.yaml"), yaml);

        Run run = run("validate", flood.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines().filter(line -> line.contains("unknown field 'colour'")))
                .hasSize(ProblemList.MAX_SHOWN);
        assertThat(run.err()).contains("... and 100 more; fix these first", flood + ": 300 problems");
    }

    @Test
    void listsTheContentAsTables() {
        Run run = run("list");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Conditions", "Exercises", "Programs", "Experts")
                .contains("cat-cow", "Cat/Cow Pose", "yoga", "5 repetitions")
                .contains("lumbar-template", "(template)")
                .contains("Kaliq Chang, MD", "Atlantic Spine Center")
                .contains("Risk factors");
        long riskFactorRows = run.out().lines().dropWhile(line -> !line.equals("Risk factors")).skip(3)
                .takeWhile(line -> !line.isEmpty()).count();
        assertThat(riskFactorRows).as("a row per risk factor").isEqualTo(9);
    }

    @Test
    void exportsAChosenFormatIntoTheOutputDirectory() throws IOException {
        Path out = directory.resolve("out");

        Run run = run("export", "--format", "echo", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readAllLines(out.resolve("echo.txt"))).contains("cat-cow", "tai-chi");
        assertThat(run.out()).contains("echo: wrote 1 file");
    }

    @Test
    void anUnknownFormatIsAUsageErrorThatListsTheKnownOnes() {
        Run run = run("export", "--format", "docx", "--out", directory.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown format 'docx'; the installed formats are: ").contains("echo");
        assertThat(directory).isEmptyDirectory();
    }

    @Test
    void anExportOfABadSourceWritesNothingAndKeepsEarlierFiles() throws IOException {
        Path bad = Files.writeString(directory.resolve("bad.yaml"), "schemaVersion: 2\n");
        Path out = Files.createDirectories(directory.resolve("out"));
        Path earlier = Files.writeString(out.resolve("echo.txt"), "from an earlier run\n");

        Run run = run("export", bad.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("unknown schemaVersion 2");
        assertThat(Files.readString(earlier)).isEqualTo("from an earlier run\n");
        assertThat(out).isDirectoryContaining(p -> true).satisfies(d -> assertThat(Files.list(d)).hasSize(1));
    }

    @Test
    void anOutputPathThatIsAFileIsAClearError() throws IOException {
        Path file = Files.writeString(directory.resolve("taken"), "x");

        Run run = run("export", "--format", "echo", "--out", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("exists and is not a directory").doesNotContain("Exception");
    }

    @Test
    void everyCommandHasHelpAndVersion() {
        for (String command : new String[] {"validate", "list", "export"}) {
            assertThat(run(command, "--help").exitCode()).isZero();
            assertThat(run(command, "--help").out()).contains("Usage: rehabdoc " + command);
            assertThat(run(command, "--version").out()).startsWith("rehabdoc ");
        }
        assertThat(run("--version").out()).startsWith("rehabdoc 0.1.0");
        assertThat(run().out()).contains("validate", "list", "export");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("validate", "a.yaml", "b.yaml").exitCode()).isEqualTo(2);
        assertThat(run("export", "--page-size", "A3").exitCode()).isEqualTo(2);
        assertThat(run("frobnicate").exitCode()).isEqualTo(2);
    }
}
