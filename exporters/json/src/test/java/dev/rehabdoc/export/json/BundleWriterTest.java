package dev.rehabdoc.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehabdoc.data.EmbeddedContent;
import dev.rehabdoc.export.ExportException;
import dev.rehabdoc.export.ExportOptions;
import dev.rehabdoc.export.ExportTarget;
import dev.rehabdoc.load.LoadResult;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Dose;
import dev.rehabdoc.model.Exercise;
import dev.rehabdoc.model.ExerciseKind;
import dev.rehabdoc.model.Step;
import dev.rehabdoc.testing.SyntheticCatalogs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleWriterTest {
    private static final Catalog SEED = ((LoadResult.Loaded) EmbeddedContent.load()).catalog();
    private static final ExportOptions OPTIONS = ExportOptions.defaults()
            .withTimestamp(Instant.parse("2021-07-20T00:00:00Z"));

    @TempDir
    Path directory;

    @Test
    void startsWithTheMetadataThenThePartsInModelOrder() throws IOException, ExportException {
        String bundle = write(SEED, OPTIONS);

        assertThat(bundle).startsWith("""
                {
                  "$schema": "https://rehabdoc.dev/schema/bundle-v1.json",
                  "schemaVersion": 1,
                  "generator": {
                    "name": "rehabdoc",
                    "version": "%s"
                  },
                  "generated": "2021-07-20T00:00:00Z",
                  "publication": {
                    "title": "The Best Exercises for a Pinched Nerve in the Neck or Lower Back",
                """.formatted(OPTIONS.version()));
        assertThat(topLevelKeys(bundle)).startsWith("$schema", "schemaVersion", "generator", "generated",
                "publication", "experts", "riskFactors", "conditions", "exercises", "programs");
        assertThat(topLevelKeys(bundle).subList(4, topLevelKeys(bundle).size()))
                .containsExactlyElementsOf(BundleLayout.PARTS.stream().map(BundleLayout.Part::key)
                        .filter(key -> !key.equals("clinic")).toList()); // the seed has none, and null parts are left out
        assertThat(bundle).endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void keepsReferencesAsIdsAndRecordKeysInComponentOrder() throws IOException, ExportException {
        String bundle = write(SEED, OPTIONS.withCompact(true));

        assertThat(bundle).contains("\"riskFactors\":[\"obesity\",\"pregnancy\"");
        assertThat(bundle).containsPattern("\"programs\":\\[\\{\"id\":\"[a-z-]+\",\"title\":\"[^\"]+\",\"condition\":"
                + "\"[a-z-]+\"");
        assertThat(bundle).containsPattern("\\{\"exercise\":\"[a-z-]+\",\"dose\":\\{");
    }

    @Test
    void leavesOutAbsentValuesButWritesEveryListAndTheDose() throws IOException, ExportException {
        Exercise bare = new Exercise("bare", "Bare", ExerciseKind.BALANCE, null, List.of(new Step("Stand.")),
                Dose.NONE, null, null, null, null, null);
        Catalog catalog = new Catalog(null, List.of(), List.of(), List.of(), List.of(bare), List.of());

        String bundle = write(catalog, OPTIONS.withCompact(true));

        assertThat(bundle).contains("\"exercises\":[{\"id\":\"bare\",\"name\":\"Bare\",\"kind\":\"balance\","
                + "\"steps\":[{\"text\":\"Stand.\"}],\"dose\":{},\"cautions\":[],\"tags\":[],\"images\":[],"
                + "\"quotes\":[],\"evidence\":[]}],\"programs\":[]").endsWith("]}\n");
        assertThat(bundle).doesNotContain("publication").doesNotContain("null");
    }

    @Test
    void compactHasNoWhitespaceBetweenTokensAndPrettyIndentsByTwoSpaces() throws IOException, ExportException {
        String compact = write(SEED, OPTIONS.withCompact(true));
        String pretty = write(SEED, OPTIONS);

        assertThat(compact.lines()).hasSize(1);
        assertThat(compact).doesNotContain("\": ").doesNotContain("\n  ");
        assertThat(pretty).contains("\n  \"experts\": [\n    {\n      \"id\": \"kaliq-chang\",\n");
        assertThat(pretty.replaceAll("\n *", "").replace("\": ", "\":") + "\n").isEqualTo(compact);
    }

    @Test
    void writesTextAsUtf8AndTheSameBytesEveryTime() throws IOException, ExportException {
        Catalog catalog = SyntheticCatalogs.generate(30, 5);

        byte[] first = bytes(catalog, OPTIONS);
        byte[] second = bytes(catalog, OPTIONS);

        assertThat(first).isEqualTo(second);
        String text = new String(first, StandardCharsets.UTF_8);
        assertThat(text).contains("Борис Петров").contains("Chloé O’Neil").doesNotContain("\\u");
        assertThat(write(SEED, OPTIONS)).contains("it’s");
    }

    @Test
    void datesTheBundleWithTheOptionsTimestamp() throws IOException, ExportException {
        assertThat(write(SEED, OPTIONS.withTimestamp(Instant.parse("2026-12-01T10:15:30Z"))))
                .contains("\"generated\": \"2026-12-01T10:15:30Z\"");
    }

    private static List<String> topLevelKeys(String prettyBundle) {
        Matcher key = Pattern.compile("(?m)^  \"([^\"]+)\":").matcher(prettyBundle);
        return key.results().map(match -> match.group(1)).toList();
    }

    private String write(Catalog catalog, ExportOptions options) throws IOException, ExportException {
        return new String(bytes(catalog, options), StandardCharsets.UTF_8);
    }

    private byte[] bytes(Catalog catalog, ExportOptions options) throws IOException, ExportException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExportTarget target = ExportTarget.in(directory)) {
            new BundleWriter(catalog, options, BundleImages.prepare(catalog, options.bundles().embedImages(), target)).writeTo(out);
        }
        assertThat(Bundles.schemaErrors(out.toString(StandardCharsets.UTF_8))).isEmpty();
        return out.toByteArray();
    }
}
