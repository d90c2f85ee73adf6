package dev.rehabdoc.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.rehabdoc.export.ExportException;
import dev.rehabdoc.export.ExportOptions;
import dev.rehabdoc.export.ExportTarget;
import dev.rehabdoc.load.CatalogLoader;
import dev.rehabdoc.load.LoadResult;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Clinic;
import dev.rehabdoc.model.Exercise;
import dev.rehabdoc.model.Image;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Exports bundles for tests and checks them with an independent JSON Schema validator. */
final class Bundles {
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(BundleSchema.text(), InputFormat.JSON);

    private Bundles() {
    }

    /** Exports a catalog into {@code directory} and returns the bundle's path. */
    static Path export(Catalog catalog, ExportOptions options, Path directory) throws IOException, ExportException {
        try (ExportTarget target = ExportTarget.in(directory)) {
            new JsonExporter().export(catalog, options, target);
            target.commit();
        }
        return directory.resolve("bundle.json");
    }

    /** What the shipped schema finds wrong with a document, as {@code /pointer: message} lines. */
    static List<String> schemaErrors(String json) {
        return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    /** Asserts that the bundle at {@code file} follows the shipped schema. */
    static void assertValid(Path file) {
        try {
            assertThat(schemaErrors(Files.readString(file))).as("schema errors of %s", file).isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads a source that must be valid. */
    static Catalog load(Path source) {
        LoadResult result = CatalogLoader.load(source);
        assertThat(result).as("loading %s", source).isInstanceOf(LoadResult.Loaded.class);
        return ((LoadResult.Loaded) result).catalog();
    }

    /**
     * Asserts that a catalog read back from a bundle is the original: images equal by their bytes (their paths
     * differ), everything else exactly.
     */
    static void assertSameContent(Catalog loaded, Catalog original) throws IOException {
        assertThat(loaded.exercises()).hasSameSizeAs(original.exercises());
        List<Exercise> withOriginalPaths = new ArrayList<>();
        for (int i = 0; i < original.exercises().size(); i++) {
            Exercise read = loaded.exercises().get(i);
            List<Image> originalImages = original.exercises().get(i).images();
            assertThat(read.images()).hasSameSizeAs(originalImages);
            List<Image> images = new ArrayList<>();
            for (int k = 0; k < originalImages.size(); k++) {
                Image image = read.images().get(k);
                assertThat(Files.readAllBytes(image.path())).isEqualTo(Files.readAllBytes(originalImages.get(k).path()));
                images.add(new Image(originalImages.get(k).path(), image.alt(), image.caption(), image.credit(), image.licence()));
            }
            withOriginalPaths.add(new Exercise(read.id(), read.name(), read.kind(), read.summary(), read.steps(),
                    read.dose(), read.cautions(), read.tags(), images, read.quotes(), read.evidence()));
        }
        assertThat(withOriginalPaths).isEqualTo(original.exercises());
        if (original.clinic().isPresent() && original.clinic().get().logo() != null) {
            Clinic clinic = loaded.clinic().orElseThrow();
            Image logo = clinic.logo();
            Path originalLogo = original.clinic().get().logo().path();
            assertThat(Files.readAllBytes(logo.path())).isEqualTo(Files.readAllBytes(originalLogo));
            assertThat(new Clinic(clinic.name(), clinic.address(), clinic.phone(), clinic.email(), clinic.website(),
                    new Image(originalLogo, logo.alt(), logo.caption(), logo.credit(), logo.licence()), clinic.hours(),
                    clinic.callUsIf())).isEqualTo(original.clinic().get());
        } else {
            assertThat(loaded.clinic()).isEqualTo(original.clinic());
        }
        for (BundleLayout.Part part : BundleLayout.PARTS) {
            if (!part.key().equals("exercises") && !part.key().equals("clinic")) {
                assertThat(part.content().apply(loaded)).as(part.key()).isEqualTo(part.content().apply(original));
            }
        }
    }
}
