package dev.rehabdoc.cli;

import static dev.rehabdoc.cli.MainTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rehabdoc.cli.MainTest.Run;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

class CheckCommandTest {

    @Test
    void reportsGradesAndFindingsAsTextWithoutFailing() {
        Run run = run("check");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Reading grade (Flesch-Kincaid", "exercise cat-cow", "[step-not-action]",
                "Findings are advice");
    }

    @Test
    void writesJsonForPrograms() {
        Run run = run("check", "--format", "json");

        assertThat(run.exitCode()).isZero();
        int findings = 0;
        try (JsonParser parser = JsonFactory.builder().build().createParser(run.out())) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.PROPERTY_NAME && parser.currentName().equals("rule")) {
                    findings++;
                }
            }
        }
        assertThat(findings).isGreaterThan(5);
    }

    @Test
    void writesJsonInTheBundlesStyleAndEndsItsLine() {
        Run run = run("check", "--format", "json");

        // Output stays open after the JSON: the line it ends with is written.
        assertThat(run.out()).startsWith("{\n  \"gradeTarget\": 8.0,\n  \"scores\": [\n    {\n")
                .endsWith("\n}" + System.lineSeparator());
    }

    @Test
    void failOverMakesAGradeLimitUsableInCi() {
        Run strict = run("check", "--fail-over", "6");
        Run lenient = run("check", "--fail-over", "14");

        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.err()).contains("texts read above grade 6\n");
        assertThat(lenient.exitCode()).isZero();
    }
}
