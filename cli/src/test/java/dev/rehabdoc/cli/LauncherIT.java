package dev.rehabdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code rehabdoc} launcher as a user starts it: through a chain of symlinks from a folder of their own, and
 * under the C locale with a file name that is not ASCII. Run after the jar is packaged, by Failsafe.
 */
class LauncherIT {
    /** The checkout: Maven runs the tests of the cli module in its folder. */
    private static final Path CHECKOUT = Path.of("").toAbsolutePath().getParent();

    @TempDir
    Path home;

    @Test
    void runsThroughAChainOfSymlinksFromAnotherFolder() throws Exception {
        Result result = shell("""
                mkdir -p bin links elsewhere
                ln -s "$CHECKOUT/rehabdoc" links/rehabdoc
                ln -s ../links/rehabdoc bin/rehabdoc
                cd elsewhere && ../bin/rehabdoc validate
                """);

        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output()).contains("(embedded): valid: 2 conditions");
        assertThat(home.resolve("bin/pom.xml")).doesNotExist();
    }

    @Test
    void takesANonAsciiFileNameUnderTheCLocale() throws Exception {
        // The script is ASCII and names the file by its UTF-8 bytes: this test's own JVM may run under C too.
        Result result = shell("""
                cp "$CHECKOUT/data/src/main/resources/dev/rehabdoc/data/pinched-nerve-exercises.yaml" $'\\xc3\\xbcbung.yaml'
                LC_ALL=C LANG=C "$CHECKOUT/rehabdoc" validate $'\\xc3\\xbcbung.yaml'
                """);

        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output()).contains("bung.yaml: valid: 2 conditions");
    }

    private record Result(int exit, String output) {
    }

    private Result shell(String script) throws IOException, InterruptedException {
        Path file = home.resolve("run.sh");
        Files.writeString(file, "set -eu\n" + script, StandardCharsets.US_ASCII);
        ProcessBuilder builder = new ProcessBuilder("bash", file.toString()).directory(home.toFile())
                .redirectErrorStream(true);
        builder.environment().put("CHECKOUT", CHECKOUT.toString());
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
