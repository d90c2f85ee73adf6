package dev.rehabdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehabdoc.data.EmbeddedContent;
import dev.rehabdoc.export.ExportOptions;
import dev.rehabdoc.export.ExportTarget;
import dev.rehabdoc.export.Exporter;
import dev.rehabdoc.export.Exporters;
import dev.rehabdoc.load.LoadResult;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.FileNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules every installed exporter keeps, whatever its format. */
class ExporterContractTest {
    private static final Catalog SEED = ((LoadResult.Loaded) EmbeddedContent.load()).catalog();
    private static final ExportOptions OPTIONS = ExportOptions.defaults().withTimestamp(Instant.parse("2021-07-20T00:00:00Z"));

    @TempDir
    Path directory;

    static Stream<Exporter> exporters() {
        return Exporters.discover().all().stream();
    }

    @ParameterizedTest
    @MethodSource("exporters")
    void writesTheSeedAsTheFilesItReportsAndNothingElse(Exporter exporter) throws Exception {
        List<Path> written = export(exporter, SEED, directory);

        assertThat(written).isNotEmpty().allSatisfy(file -> assertThat(file).isNotEmptyFile());
        try (Stream<Path> files = Files.walk(directory)) {
            assertThat(files.filter(Files::isRegularFile).toList())
                    .as("no temporary files are left behind").containsExactlyInAnyOrderElementsOf(written);
        }
    }

    @ParameterizedTest
    @MethodSource("exporters")
    void givesTheSameBytesForTheSameSourceAndOptions(Exporter exporter) throws Exception {
        List<Path> first = export(exporter, SEED, directory.resolve("first"));
        List<Path> second = export(exporter, SEED, directory.resolve("second"));

        assertThat(second).hasSameSizeAs(first);
        for (int i = 0; i < first.size(); i++) {
            assertThat(Files.readAllBytes(second.get(i))).as("%s", second.get(i).getFileName())
                    .isEqualTo(Files.readAllBytes(first.get(i)));
        }
    }

    @ParameterizedTest
    @MethodSource("exporters")
    void preparingWhileAnExportRunsChangesNoByte(Exporter exporter) throws Exception {
        List<Path> unprepared = export(exporter, SEED, directory.resolve("unprepared"));
        Thread preparing = Thread.ofPlatform().start(exporter::prepare);
        List<Path> meanwhile = export(exporter, SEED, directory.resolve("meanwhile"));
        preparing.join();
        exporter.prepare();
        List<Path> prepared = export(exporter, SEED, directory.resolve("prepared"));

        for (List<Path> other : List.of(meanwhile, prepared)) {
            assertThat(other).hasSameSizeAs(unprepared);
            for (int i = 0; i < unprepared.size(); i++) {
                assertThat(Files.readAllBytes(other.get(i))).as("%s", other.get(i))
                        .isEqualTo(Files.readAllBytes(unprepared.get(i)));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("exporters")
    void exportsAnEmptyCatalogAsTheSameFilesEachTimeNoneNamedAfterAConditionOrProgram(Exporter exporter)
            throws Exception {
        Catalog empty = new Catalog(null, null, null, null, null, null);
        List<Path> first = export(exporter, empty, directory.resolve("first"));
        List<Path> second = export(exporter, empty, directory.resolve("second"));

        List<String> seedNames = SEED.conditions().stream().map(FileNames::of).toList();
        List<String> programNames = SEED.programs().stream().map(FileNames::of).toList();
        assertThat(first).allSatisfy(file -> {
            String name = file.getFileName().toString();
            assertThat(name.substring(0, name.indexOf('.'))).isNotIn(seedNames).isNotIn(programNames);
        });
        assertThat(second).hasSameSizeAs(first);
        for (int i = 0; i < first.size(); i++) {
            assertThat(Files.readAllBytes(second.get(i))).isEqualTo(Files.readAllBytes(first.get(i)));
        }
    }

    @ParameterizedTest
    @MethodSource("exporters")
    void describesItselfForListings(Exporter exporter) {
        assertThat(exporter.formatId()).matches("[a-z][a-z0-9-]*");
        assertThat(exporter.description()).isNotBlank();
    }

    private static List<Path> export(Exporter exporter, Catalog catalog, Path out) throws Exception {
        try (ExportTarget target = ExportTarget.in(out)) {
            exporter.export(catalog, OPTIONS, target);
            return target.commit();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
