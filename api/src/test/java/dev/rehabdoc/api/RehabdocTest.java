package dev.rehabdoc.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehabdoc.export.ExportOptions;
import dev.rehabdoc.export.Exporter;
import dev.rehabdoc.export.LogImporter;
import dev.rehabdoc.load.LoadResult;
import dev.rehabdoc.model.Catalog;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library as a Java program or a server calls it, with every format on the class path. */
class RehabdocTest {
    private static final ExportOptions OPTIONS = ExportOptions.defaults().withTimestamp(Instant.parse("2026-03-01T00:00:00Z"));

    @TempDir
    Path out;

    @Test
    void exportsTheEmbeddedArticleInEveryInstalledFormatEachWhole() throws Exception {
        Catalog catalog = seed();
        List<Exporter> formats = Rehabdoc.formats().all();
        List<String> finished = Collections.synchronizedList(new ArrayList<>());

        List<FormatOutcome> outcomes = Rehabdoc.export(catalog, formats, OPTIONS, out, Optional.empty(), finished::add);

        assertThat(outcomes).extracting(FormatOutcome::format).containsExactly("fhir", "json", "pdf", "xlsx");
        assertThat(finished).containsExactlyInAnyOrder("fhir", "json", "pdf", "xlsx");
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(FormatOutcome.Written.class));
        assertThat(((FormatOutcome.Written) outcomes.get(2)).files()).extracting(Path::getFileName)
                .extracting(Path::toString).containsExactly("cervical-radiculopathy.pdf", "lumbar-radiculopathy.pdf",
                        "program-cervical-template.pdf", "program-lumbar-template.pdf");
    }

    @Test
    void exportsIntoMemoryTheSameBytesAsIntoADirectoryAndLeavesNoScratchBehind() throws Exception {
        Catalog catalog = seed();
        List<Exporter> formats = Rehabdoc.formats().all();
        Rehabdoc.export(catalog, formats, OPTIONS, out, Optional.empty(), format -> {
        });

        Rehabdoc.InMemory memory = Rehabdoc.exportToMemory(catalog, formats, OPTIONS);

        assertThat(memory.files()).containsOnlyKeys("fhir-bundle.json", "bundle.json", "cervical-radiculopathy.pdf",
                "lumbar-radiculopathy.pdf", "program-cervical-template.pdf", "program-lumbar-template.pdf",
                "catalog.xlsx", "program-cervical-template.xlsx", "program-lumbar-template.xlsx");
        memory.files().forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(read(out.resolve(name))));
        for (FormatOutcome outcome : memory.outcomes()) {
            ((FormatOutcome.Written) outcome).files().forEach(file -> assertThat(file).doesNotExist());
        }
    }

    @Test
    void aDirectoryThatIsAFileRefusesEveryFormatInPlainWords() throws Exception {
        Path file = Files.writeString(out.resolve("taken"), "mine");

        List<FormatOutcome> outcomes = Rehabdoc.export(seed(), Rehabdoc.formats().all(), OPTIONS, file,
                Optional.empty(), format -> {
                });

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isInstanceOfSatisfying(
                FormatOutcome.Refused.class, refused -> assertThat(refused.reason()).isEqualTo(file
                        + " exists and is not a directory; nothing of this format was written, and earlier files "
                        + "are as they were")));
        assertThat(Files.readString(file)).isEqualTo("mine");
    }

    @Test
    void readsAnExportedLogBackAndGivesTheJsonSchema() throws Exception {
        Rehabdoc.export(seed(), List.of(Rehabdoc.formats().find("xlsx").orElseThrow()), OPTIONS, out,
                Optional.empty(), format -> {
                });

        LogImporter.Result progress = Rehabdoc.logImporter("xlsx").orElseThrow()
                .read(out.resolve("program-lumbar-template.xlsx"), "log.xlsx");

        assertThat(progress.problems()).isEmpty();
        assertThat(progress.json()).contains("\"painTrend\"");
        assertThat(Rehabdoc.logImporter("pdf")).isEmpty();
        assertThat(Rehabdoc.schema("json")).get().asString().contains("\"$schema\"");
        assertThat(Rehabdoc.schema("pdf")).isEmpty();
    }

    @Test
    void loadsASourceFromAStreamAndDatesOutputsWithoutTheClock() {
        LoadResult result = Rehabdoc.load("inline.yaml", new ByteArrayInputStream("""
                schemaVersion: 1
                publication: {title: T, updated: 2021-07-20}
                exercises: [{id: walking, name: Walking, kind: aerobic, steps: [Walk.]}]
                """.getBytes(StandardCharsets.UTF_8)));

        Catalog catalog = ((LoadResult.Loaded) result).catalog();
        assertThat(Rehabdoc.creationTime(catalog, Optional.empty())).isEqualTo(Instant.parse("2021-07-20T00:00:00Z"));
        assertThat(Rehabdoc.creationTime(catalog, Optional.of(Instant.EPOCH))).isEqualTo(Instant.EPOCH);
        assertThat(Rehabdoc.creationTime(seedWithoutPublication(), Optional.empty())).isEqualTo(Instant.EPOCH);
    }

    private static Catalog seed() {
        return ((LoadResult.Loaded) Rehabdoc.embedded()).catalog();
    }

    private static Catalog seedWithoutPublication() {
        return new Catalog(null, null, null, null, null, null);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
