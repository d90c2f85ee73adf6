package dev.rehabdoc.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.testing.CatalogsAtLimits;
import dev.rehabdoc.testing.SyntheticCatalogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticRoundTripTest {

    @Test
    void aSyntheticCatalogWrittenAsYamlLoadsBackEqual(@TempDir Path directory) {
        Catalog catalog = SyntheticCatalogs.generate(60, 7, directory.resolve("images"));
        Path file = directory.resolve("catalog.yaml");
        SyntheticCatalogs.writeYaml(catalog, file);

        LoadResult result = CatalogLoader.load(file);

        assertThat(result).isInstanceOf(LoadResult.Loaded.class);
        Catalog loaded = ((LoadResult.Loaded) result).catalog();
        assertThat(loaded.publication()).isEqualTo(catalog.publication());
        assertThat(loaded.experts()).isEqualTo(catalog.experts());
        assertThat(loaded.riskFactors()).isEqualTo(catalog.riskFactors());
        assertThat(loaded.conditions()).isEqualTo(catalog.conditions());
        assertThat(loaded.exercises()).isEqualTo(catalog.exercises());
        assertThat(loaded.programs()).isEqualTo(catalog.programs());
        assertThat(loaded).isEqualTo(catalog);
    }

    @Test
    void aCatalogWithEveryTextAtItsLimitLoadsBackEqual(@TempDir Path directory) {
        Catalog catalog = CatalogsAtLimits.generate(3, 3, directory.resolve("images"));
        Path file = directory.resolve("catalog.yaml");
        SyntheticCatalogs.writeYaml(catalog, file);

        LoadResult result = CatalogLoader.load(file);

        assertThat(result).isInstanceOfSatisfying(LoadResult.Loaded.class,
                loaded -> assertThat(loaded.catalog()).isEqualTo(catalog));
    }

    /** Large enough to be read in pieces, each run of items bound on the thread that read it. */
    @Test
    void aCatalogReadInPiecesLoadsBackEqual(@TempDir Path directory) throws IOException {
        Catalog catalog = SyntheticCatalogs.generate(600, 11, directory.resolve("images"));
        Path file = directory.resolve("catalog.yaml");
        SyntheticCatalogs.writeYaml(catalog, file);
        assertThat(Files.size(file)).isGreaterThan(2L * PiecewiseYaml.SMALLEST);

        LoadResult result = CatalogLoader.load(file);

        assertThat(result).isInstanceOf(LoadResult.Loaded.class);
        assertThat(((LoadResult.Loaded) result).catalog()).isEqualTo(catalog);
    }

    @Test
    void aProblemInOnePieceOfALargeCatalogIsReportedWhereItStands(@TempDir Path directory) throws IOException {
        Catalog catalog = SyntheticCatalogs.generate(600, 11, directory.resolve("images"));
        Path file = directory.resolve("catalog.yaml");
        SyntheticCatalogs.writeYaml(catalog, file);
        String text = Files.readString(file);
        String last = "id: " + catalog.exercises().getLast().id();
        int at = text.indexOf(last);
        Files.writeString(file, text.substring(0, at) + "idd" + text.substring(at + 2));
        long line = text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;

        LoadResult result = CatalogLoader.load(file);

        assertThat(result).isInstanceOf(LoadResult.Failed.class);
        assertThat(((LoadResult.Failed) result).problems()).extracting(Problem::toString)
                .anyMatch(problem -> problem.endsWith("catalog.yaml:" + line + ":5: /exercises/599/idd: unknown field "
                        + "'idd'; did you mean 'id'?"));
    }
}
