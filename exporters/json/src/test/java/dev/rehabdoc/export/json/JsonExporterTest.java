package dev.rehabdoc.export.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehabdoc.data.EmbeddedContent;
import dev.rehabdoc.export.ExportException;
import dev.rehabdoc.export.ExportOptions;
import dev.rehabdoc.export.Exporters;
import dev.rehabdoc.load.CatalogLoader;
import dev.rehabdoc.load.LoadResult;
import dev.rehabdoc.load.Problem;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.testing.Clinics;
import dev.rehabdoc.testing.SyntheticCatalogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonExporterTest {
    private static final Catalog SEED = ((LoadResult.Loaded) EmbeddedContent.load()).catalog();

    @TempDir
    Path directory;

    @Test
    void isFoundByTheServiceLoaderAsJson() {
        assertThat(Exporters.discover().find("json")).get().isInstanceOf(JsonExporter.class);
    }

    @Test
    void theSeedBundleFollowsTheSchemaAndLoadsBackEqual() throws Exception {
        Path bundle = Bundles.export(SEED, ExportOptions.defaults(), directory);

        Bundles.assertValid(bundle);
        assertThat(Bundles.load(bundle)).isEqualTo(SEED);
    }

    @Test
    void yamlToJsonToModelGivesTheOriginalCatalogWithItsImages() throws Exception {
        Path source = Files.createDirectories(directory.resolve("source"));
        Catalog original = Bundles.load(writeYaml(SyntheticCatalogs.generate(40, 3, source.resolve("pictures")), source));

        Path bundle = Bundles.export(original, ExportOptions.defaults(), directory.resolve("out"));

        Bundles.assertValid(bundle);
        Bundles.assertSameContent(Bundles.load(bundle), original);
        try (var images = Files.list(directory.resolve("out/images"))) {
            assertThat(images.map(path -> path.getFileName().toString()).sorted())
                    .containsExactly("picture-1.png", "picture-2.jpg", "picture-3.png", "picture-4.jpg");
        }
    }

    @Test
    void aClinicWithItsLogoFollowsTheSchemaAndLoadsBack() throws Exception {
        Catalog branded = SEED.withClinic(Clinics.riverside(directory.resolve("clinic")));

        Path bundle = Bundles.export(branded, ExportOptions.defaults(), directory.resolve("out"));

        Bundles.assertValid(bundle);
        assertThat(Files.readString(bundle)).contains("""
                  "clinic": {
                    "name": "Riverside Physiotherapy",
                    "address": "12 River Road\\nLeeds LS1 4AB",
                """);
        Catalog loaded = Bundles.load(bundle);
        Bundles.assertSameContent(loaded, branded);
        assertThat(loaded.clinic().orElseThrow().logo().path()).hasSameBinaryContentAs(
                branded.clinic().orElseThrow().logo().path());
    }

    @Test
    void anEmptyCatalogGivesAValidBundleThatLoadsBack() throws Exception {
        Catalog empty = new Catalog(null, List.of(), List.of(), List.of(), List.of(), List.of());

        Path bundle = Bundles.export(empty, ExportOptions.defaults(), directory);

        Bundles.assertValid(bundle);
        assertThat(Bundles.load(bundle)).isEqualTo(empty);
    }

    @Test
    void embeddedImagesFollowTheSchemaButAreRefusedAsASourceWithALocatedMessage() throws Exception {
        Catalog catalog = SyntheticCatalogs.generate(2, 1, directory.resolve("pictures"));

        Path bundle = Bundles.export(catalog, ExportOptions.defaults().withEmbedImages(true), directory.resolve("out"));

        Bundles.assertValid(bundle);
        assertThat(directory.resolve("out/images")).doesNotExist();
        List<String> problems = problems(bundle);
        assertThat(problems).hasSize(2);
        assertThat(problems.getFirst()).matches(".*bundle\\.json:\\d+:\\d+: /exercises/0/images/0/path: an image "
                + "embedded as a data: URI cannot be read back; export the bundle without --embed-images .*");
    }

    @Test
    void anImageThatVanishedBeforeTheExportIsAnErrorNotAGap() throws Exception {
        Catalog catalog = SyntheticCatalogs.generate(1, 1, directory.resolve("pictures"));
        Files.delete(catalog.exercises().getFirst().images().getFirst().path());

        assertThatThrownBy(() -> Bundles.export(catalog, ExportOptions.defaults(), directory.resolve("out")))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("picture-1.png of the exercise 'exercise-1' cannot be read any more");
        assertThat(directory.resolve("out/bundle.json")).doesNotExist();
    }

    @Test
    void aBundleWithAMissingIdIsRejectedByTheSchemaAndByTheLoaderAtItsPlace() throws Exception {
        String bundle = seedBundle();
        String broken = bundle.replaceFirst("\"id\": \"walking\",\n\\s*", "");

        assertThat(Bundles.schemaErrors(broken)).anyMatch(error -> error.contains("/exercises/1")
                && error.contains("required property 'id'"));
        Location walking = locate(broken, "{\n      \"name\": \"Slow walking\"");
        assertThat(problems(write(broken))).contains(
                "bundle.json:" + walking + ": /exercises/1/id: required field 'id' is missing",
                "bundle.json:" + locate(broken, "\"walking\"") + ": /conditions/1/exercises/0: no exercise has the id "
                        + "'walking'");
    }

    @Test
    void aBundleWithAWrongTypeIsRejectedByTheSchemaAndByTheLoaderAtItsPlace() throws Exception {
        String broken = seedBundle().replaceFirst("\"weeks\": (\\d+)", "\"weeks\": \"$1\"");

        assertThat(Bundles.schemaErrors(broken)).anyMatch(error -> error.contains("/programs/0/weeks")
                && error.contains("string found, integer expected"));
        Location weeks = locate(broken, "\"6\"");
        assertThat(problems(write(broken))).containsExactly(
                "bundle.json:" + weeks + ": /programs/0/weeks: must be a whole number, not the text '6'");
    }

    @Test
    void aBundleWithAnUnknownKeyIsRejectedByTheSchemaAndByTheLoaderAtItsPlace() throws Exception {
        String broken = seedBundle().replaceFirst("\"clinicalName\":", "\"clinicalNmae\":");

        assertThat(Bundles.schemaErrors(broken)).anyMatch(error -> error.contains("/conditions/0")
                && error.contains("clinicalNmae"));
        Location key = locate(broken, "\"clinicalNmae\"");
        assertThat(problems(write(broken))).singleElement().asString()
                .startsWith("bundle.json:" + key + ": /conditions/0/clinicalNmae: unknown field 'clinicalNmae'; "
                        + "did you mean 'clinicalName'?")
                .contains("clinicalName");
    }

    @Test
    void bundleMetadataIsAcceptedAtTheRootOfJsonSourcesOnly() throws Exception {
        Path yaml = directory.resolve("source.yaml");
        Files.writeString(yaml, "schemaVersion: 1\ngenerator: {name: rehabdoc, version: '1'}\n");
        Path json = directory.resolve("source.json");
        Files.writeString(json, "{\"$schema\": \"x\", \"schemaVersion\": 1, \"generator\": {\"name\": \"rehabdoc\"},"
                + " \"generated\": \"1970-01-01T00:00:00Z\"}");

        assertThat(problems(yaml)).singleElement().asString().contains("/generator: unknown field 'generator'");
        assertThat(CatalogLoader.load(json)).isInstanceOf(LoadResult.Loaded.class);
    }

    private String seedBundle() throws Exception {
        return Files.readString(Bundles.export(SEED, ExportOptions.defaults(), directory.resolve("seed")));
    }

    private Path write(String bundle) throws IOException {
        Path file = directory.resolve("bundle.json");
        Files.writeString(file, bundle);
        return file;
    }

    private List<String> problems(Path source) {
        LoadResult result = CatalogLoader.load(source);
        assertThat(result).isInstanceOf(LoadResult.Failed.class);
        List<String> problems = new ArrayList<>();
        for (Problem problem : ((LoadResult.Failed) result).problems()) {
            problems.add(problem.toString().replace(source.getParent() + "/", ""));
        }
        return problems;
    }

    private static Path writeYaml(Catalog catalog, Path directory) {
        Path file = directory.resolve("catalog.yaml");
        SyntheticCatalogs.writeYaml(catalog, file);
        return file;
    }

    /** The 1-based line and column where {@code needle} first starts in {@code text}. */
    private static Location locate(String text, String needle) {
        int offset = text.indexOf(needle);
        assertThat(offset).as("'%s' in the bundle", needle).isNotNegative();
        String before = text.substring(0, offset);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        return new Location(line, offset - before.lastIndexOf('\n'));
    }

    private record Location(int line, int column) {
        @Override
        public String toString() {
            return line + ":" + column;
        }
    }
}
