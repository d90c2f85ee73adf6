package dev.rehabdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A command whose standard output cannot be written exits 1, not 0 with its output lost. */
class StandardOutputTest {

    /** Standard output as a disk that is full, or a reader that went away. */
    private static OutputStream failing(String systemWords) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(systemWords);
            }
        };
    }

    private static MainTest.Run runInto(OutputStream sink, String... args) {
        StandardOutput stdout = new StandardOutput(sink);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        StringWriter err = new StringWriter();
        int code = Main.run(out, new PrintWriter(err, true), stdout::fault, args);
        return new MainTest.Run(code, "", err.toString());
    }

    @Test
    void aFullStandardOutputIsExitOneWithAPlainReason() {
        MainTest.Run run = runInto(failing("No space left on device"), "list");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("rehabdoc: cannot write to standard output: the disk is full: free some "
                + "space or write somewhere else\n");
    }

    @Test
    void everyCommandThatPrintsChecksItsOutput() {
        for (String[] args : new String[][] {{"validate"}, {"list"}, {"schema"}, {"check"}, {"--version"}}) {
            MainTest.Run run = runInto(failing("No space left on device"), args);

            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(1);
            assertThat(run.err()).as(String.join(" ", args)).contains("cannot write to standard output");
        }
    }

    @Test
    void aReaderThatWentAwayIsExitOneWithoutAMessage() {
        MainTest.Run run = runInto(failing("Broken pipe"), "list");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void anOutputThatWorksChangesNothing() {
        MainTest.Run run = runInto(OutputStream.nullOutputStream(), "list");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
    }

    /** The real process, as a shell runs it: {@code rehabdoc list >/dev/full} and {@code rehabdoc list >&-}. */
    @Test
    void theRealStandardOutputFullOrClosedIsExitOne() throws Exception {
        assumeTrue(new File("/dev/full").exists() && new File("/bin/sh").canExecute(), "needs /dev/full and sh");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (String redirect : new String[] {">/dev/full", ">&-"}) {
            Process process = new ProcessBuilder("/bin/sh", "-c",
                    "exec \"$0\" -cp \"$1\" dev.rehabdoc.cli.Main list " + redirect, java,
                    System.getProperty("java.class.path"))
                    .redirectError(ProcessBuilder.Redirect.PIPE)
                    .start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(redirect).isTrue();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(process.exitValue()).as(redirect + ": " + err).isEqualTo(1);
            assertThat(err).as(redirect).startsWith("rehabdoc: cannot write to standard output: ")
                    .doesNotContain("Exception").doesNotContain("java.");
        }
    }
}
