package dev.rehabdoc.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.testing.SyntheticCatalogs;
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
}
