package dev.rehabdoc.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.testing.SyntheticCatalogs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quick load answers with the catalog the plain load gives, or with "don't know". */
class QuickLoadTest {
    @TempDir
    Path directory;

    private Catalog catalog;
    private Path file;
    private String text;

    @BeforeEach
    void writeALargeCatalog() throws IOException {
        catalog = SyntheticCatalogs.generate(600, 11, directory.resolve("images"));
        file = directory.resolve("catalog.yaml");
        SyntheticCatalogs.writeYaml(catalog, file);
        text = Files.readString(file);
        assertThat(text.length()).isGreaterThan(2 * PiecewiseYaml.SMALLEST);
    }

    @Test
    void aLargeSourceWithoutProblemsLoadsQuicklyToTheCatalogThePlainLoadGives() throws IOException {
        Optional<Catalog> quick = quick(text);

        // A second file that adds nothing makes the load plain: the quick load reads sources of one file only.
        Files.writeString(directory.resolve("version.yaml"), "schemaVersion: 1\n");
        LoadResult plain = CatalogLoader.load(directory);

        assertThat(quick).contains(catalog);
        assertThat(plain).isInstanceOfSatisfying(LoadResult.Loaded.class,
                loaded -> assertThat(loaded.catalog()).isEqualTo(quick.get()));
    }

    @Test
    void aSmallSourceIsLeftToThePlainLoad() {
        assertThat(quick("schemaVersion: 1\npublication:\n  title: T\n")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a field the binder does not know",
        "a rule the validator refuses",
        "a root key no source has",
        "a version written otherwise",
        "a byte-order mark",
    })
    void anyProblemIsDontKnow(String problem) {
        String lastId = "id: " + catalog.exercises().getLast().id();
        String firstId = catalog.exercises().getFirst().id();
        String changed = switch (problem) {
            case "a field the binder does not know" -> text.replace(lastId, "idd" + lastId.substring(2));
            case "a rule the validator refuses" -> text.replace(lastId, "id: " + firstId);
            case "a root key no source has" -> text + "extras:\n" + "  - one\n".repeat(40_000);
            case "a version written otherwise" -> text.replaceFirst("schemaVersion: 1", "schemaVersion: 01");
            case "a byte-order mark" -> "\uFEFF" + text;
            default -> throw new IllegalArgumentException(problem);
        };
        assertThat(changed).isNotEqualTo(text);

        assertThat(quick(changed)).isEmpty();
    }

    private Optional<Catalog> quick(String content) {
        return QuickLoad.catalog(file.toString(), content.getBytes(StandardCharsets.UTF_8),
                new ImageResolver(directory, name -> file));
    }
}
