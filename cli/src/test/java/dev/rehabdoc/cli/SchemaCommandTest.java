package dev.rehabdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehabdoc.export.json.BundleSchema;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path directory;

    @Test
    void printsTheShippedSchema() {
        assertThat(run("schema")).isZero();

        assertThat(out.toString()).isEqualTo(BundleSchema.text()).startsWith("{\n  \"$schema\": "
                + "\"https://json-schema.org/draft/2020-12/schema\",\n  \"$id\": \"" + BundleSchema.id() + "\"");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void writesTheSchemaToAFileReplacingItWholeAndLeavesNothingElse() throws Exception {
        Path file = directory.resolve("schemas/bundle.schema.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"an\": \"earlier schema\"}");

        assertThat(run("schema", "--out", file.toString())).isZero();

        assertThat(Files.readString(file)).isEqualTo(BundleSchema.text());
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
        assertThat(out.toString()).isEqualTo("schema: wrote " + file + System.lineSeparator());
    }

    @Test
    void createsTheDirectoryOfTheFile() throws Exception {
        Path file = directory.resolve("a/b/schema.json");

        assertThat(run("schema", "-o", file.toString())).isZero();

        assertThat(Files.readString(file)).isEqualTo(BundleSchema.text());
    }

    @Test
    void reportsAFileThatCannotBeWrittenAsAProblem() throws Exception {
        Path blocker = Files.writeString(directory.resolve("blocker"), "a file");

        assertThat(run("schema", "--out", blocker.resolve("schema.json").toString())).isEqualTo(1);
        assertThat(run("schema", "--out", directory.toString())).isEqualTo(1);

        assertThat(err.toString()).contains("rehabdoc: cannot write the schema: " + blocker
                + ": a file is in the way where a directory should be: move it, or write somewhere else")
                .contains("rehabdoc: cannot write the schema: " + directory
                        + ": a directory is in the way where a file should be");
        assertThat(Files.readString(blocker)).isEqualTo("a file");
    }

    @Test
    void isListedAmongTheCommands() {
        assertThat(run("--help")).isZero();

        assertThat(out.toString()).contains("schema");
    }

    @Test
    void rejectsAnUnknownOptionAsAUsageError() {
        assertThat(run("schema", "--pretty")).isEqualTo(2);
    }

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}
