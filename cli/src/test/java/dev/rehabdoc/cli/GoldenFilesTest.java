package dev.rehabdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text outputs of the embedded article, byte for byte: {@code bundle.json}, {@code fhir-bundle.json} and the
 * {@code check} report, against the files in {@code cli/src/test/resources/golden/}; and the sample report in
 * docs/content-check.md against the same report, so the page cannot drift from what {@code check} prints. A change
 * meant to alter them refreshes them with
 * {@code mvn -B -pl cli -am test -Dtest=GoldenFilesTest -Dsurefire.failIfNoSpecifiedTests=false -Drehabdoc.golden.update=true},
 * and the diff is reviewed in the commit.
 */
class GoldenFilesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("rehabdoc.golden.update");

    @TempDir
    Path out;

    @Test
    void theBundlesOfTheEmbeddedArticleAreAsReviewed() throws IOException {
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), "export", "--format", "json",
                "--format", "fhir", "--out", out.toString(), "--date", "2026-03-01");
        assertThat(exit).as(err.toString()).isZero();

        matches("bundle.json", Files.readString(out.resolve("bundle.json")));
        matches("fhir-bundle.json", Files.readString(out.resolve("fhir-bundle.json")));
    }

    @Test
    void theCheckReportOfTheEmbeddedArticleIsAsReviewedAndAsTheDocsShowIt() throws IOException {
        StringWriter report = new StringWriter();
        Main.run(new PrintWriter(report, true), new PrintWriter(new StringWriter(), true), "check");

        matches("check.txt", report.toString());
        String page = Files.readString(Path.of("../docs/content-check.md"));
        Matcher sample = Pattern.compile("```text\n(Reading grade.*?)```", Pattern.DOTALL).matcher(page);
        assertThat(sample.find()).as("docs/content-check.md has the sample report").isTrue();
        assertThat(sample.group(1)).as("the sample report in docs/content-check.md").isEqualTo(report.toString());
    }

    private static void matches(String name, String actual) throws IOException {
        Path golden = GOLDEN.resolve(name);
        if (UPDATE) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file %s (refresh: see GoldenFilesTest)", golden).exists();
        assertThat(actual).as("%s against %s", name, golden).isEqualTo(Files.readString(golden));
    }
}
