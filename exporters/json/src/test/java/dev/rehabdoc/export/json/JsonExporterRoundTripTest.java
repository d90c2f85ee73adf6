package dev.rehabdoc.export.json;

import dev.rehabdoc.export.ExportOptions;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.testing.SyntheticCatalogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** YAML to JSON to model gives the original catalog, for generated catalogs of many sizes and seeds. */
class JsonExporterRoundTripTest {

    @Property(tries = 15)
    void yamlToJsonToModelGivesTheOriginal(@ForAll @IntRange(min = 1, max = 40) int exercises, @ForAll long seed,
                                           @ForAll boolean withImages, @ForAll boolean compact) throws Exception {
        Path directory = Files.createTempDirectory("rehabdoc-json-round-trip");
        try {
            Path source = Files.createDirectories(directory.resolve("source"));
            Catalog generated = SyntheticCatalogs.generate(exercises, seed, withImages ? source.resolve("images") : null);
            Path yaml = source.resolve("catalog.yaml");
            SyntheticCatalogs.writeYaml(generated, yaml);
            Catalog original = Bundles.load(yaml);

            ExportOptions options = ExportOptions.defaults().withCompact(compact)
                    .withTimestamp(Instant.ofEpochSecond(Math.floorMod(seed, 4_000_000_000L)));
            Path bundle = Bundles.export(original, options, directory.resolve("out"));

            Bundles.assertValid(bundle);
            Bundles.assertSameContent(Bundles.load(bundle), original);
        } finally {
            delete(directory);
        }
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
