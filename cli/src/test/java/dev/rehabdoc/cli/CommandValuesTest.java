package dev.rehabdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Values on the command line that outputs cannot carry are usage errors (exit 2), never bugs or quiet defaults. */
class CommandValuesTest {
    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "+10000-01-01", "1969-12-31", "-0001-01-01"})
    void aCreationDateOtherReadersRejectIsAUsageError(String date) {
        MainTest.Run run = MainTest.run("export", "--date=" + date, "--out", directory.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Invalid value for option '--date': '" + date
                + "' is outside 1970-01-01 to 9999-12-31");
        assertThat(directory.resolve("out")).doesNotExist();
    }

    @Test
    void aDateThatDoesNotExistIsAUsageError() {
        MainTest.Run run = MainTest.run("export", "--date=2026-02-30", "--out", directory.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Invalid value for option '--date': '2026-02-30' is not a date that exists");
    }

    @Test
    void theLastDateReadersTakeIsWritten() {
        MainTest.Run run = MainTest.run("export", "--date=9999-12-31", "--format", "json", "--out",
                directory.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"export --out", "import-log", "schema --out", "validate", "list", "check"})
    void anEmptyPathIsAUsageErrorForEveryCommand(String command) {
        List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
        args.add("");

        MainTest.Run run = MainTest.run(args.toArray(String[]::new));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("an empty path names no file or directory");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "-1", "21", "eight", ""})
    void aGradeThatIsNoNumberFrom0To20IsAUsageError(String grade) {
        for (String option : new String[] {"--fail-over", "--grade-target"}) {
            MainTest.Run run = MainTest.run("check", option, grade);

            assertThat(run.exitCode()).as(option + " " + grade).isEqualTo(2);
            assertThat(run.err()).as(option + " " + grade).contains("is not a grade: give a number from 0 to 20");
        }
    }

    @Test
    void aGradeTheTextsReadAboveFailsWithACountInWords() {
        MainTest.Run run = MainTest.run("check", "--fail-over", "20");
        MainTest.Run strict = MainTest.run("check", "--fail-over", "0");

        assertThat(run.exitCode()).isZero();
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.err()).isEqualTo("rehabdoc: 17 texts read above grade 0\n");
    }

    /** SOURCE_DATE_EPOCH is read from the environment, so these run the command in a process of its own. */
    @ParameterizedTest
    @ValueSource(strings = {"999999999999", "253402300800", "1.5", "-1", "abc", "1700000000 "})
    void aSourceDateEpochThatIsNoDateIsRefusedNotIgnored(String epoch) throws Exception {
        Result result = export(epoch);

        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).startsWith("SOURCE_DATE_EPOCH='" + epoch + "' is not a creation date: give whole "
                + "seconds since 1970-01-01 UTC, from 0 to 253402300799 (9999-12-31), or unset it");
        assertThat(directory.resolve("out")).doesNotExist();
    }

    @Test
    void theLastSourceDateEpochIsTaken() throws Exception {
        Result result = export("253402300799");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(Files.readString(directory.resolve("out/bundle.json"))).contains("9999-12-31");
    }

    private record Result(int exitCode, String err) {
    }

    private Result export(String epoch) throws Exception {
        assumeTrue(new File(System.getProperty("java.home"), "bin/java").canExecute());
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.rehabdoc.cli.Main", "export", "--format", "json",
                "--out", directory.resolve("out").toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("SOURCE_DATE_EPOCH", epoch);
        Process process = builder.start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), err);
    }
}
