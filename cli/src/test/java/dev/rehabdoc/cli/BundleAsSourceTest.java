package dev.rehabdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehabdoc.testing.SyntheticCatalogs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bundle that {@code export -f json} writes is itself a source for {@code validate} and {@code export}. */
class BundleAsSourceTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path directory;

    @Test
    void aBundleValidatesAndExportsToTheSameBundle() throws Exception {
        Path source = directory.resolve("source/catalog.yaml");
        Files.createDirectories(source.getParent());
        SyntheticCatalogs.writeYaml(SyntheticCatalogs.generate(12, 4, source.getParent().resolve("images")), source);
        Path first = directory.resolve("first");
        Path second = directory.resolve("second");

        assertThat(run("export", source.toString(), "-f", "json", "-o", first.toString(), "--date", "2026-01-01"))
                .isZero();
        assertThat(run("validate", first.resolve("bundle.json").toString())).isZero();
        assertThat(run("export", first.resolve("bundle.json").toString(), "-f", "json", "-o", second.toString(),
                "--date", "2026-01-01")).isZero();

        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).contains("bundle.json: valid: 1 condition, 12 exercises, 1 program,");
        assertThat(Files.readString(second.resolve("bundle.json")))
                .isEqualTo(Files.readString(first.resolve("bundle.json")));
        assertThat(Files.readAllBytes(second.resolve("images/picture-2.jpg")))
                .isEqualTo(Files.readAllBytes(first.resolve("images/picture-2.jpg")));
    }

    @Test
    void aBundleWithEmbeddedImagesIsRefusedAsASourceWithLocatedProblems() throws Exception {
        Path source = directory.resolve("source/catalog.yaml");
        Files.createDirectories(source.getParent());
        SyntheticCatalogs.writeYaml(SyntheticCatalogs.generate(1, 4, source.getParent().resolve("images")), source);

        assertThat(run("export", source.toString(), "-f", "json", "--embed-images", "--compact",
                "-o", directory.resolve("out").toString())).isZero();
        assertThat(run("validate", directory.resolve("out/bundle.json").toString())).isEqualTo(1);

        assertThat(err.toString()).containsPattern("bundle\\.json:1:\\d+: /exercises/0/images/0/path: an image "
                + "embedded as a data: URI cannot be read back");
    }

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}
