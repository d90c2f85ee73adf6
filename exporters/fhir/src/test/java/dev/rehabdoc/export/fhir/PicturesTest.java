package dev.rehabdoc.export.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Image;
import dev.rehabdoc.testing.SyntheticCatalogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PicturesTest {
    @TempDir
    Path directory;

    @Test
    void pngAndJpegAreToldApartAndMeasured() throws Exception {
        Catalog catalog = SyntheticCatalogs.generate(2, 1, directory);
        List<Image> images = catalog.exercises().stream().flatMap(exercise -> exercise.images().stream()).toList();

        Pictures pictures = Pictures.read(catalog, false);

        assertThat(images).extracting(image -> pictures.of(image).contentType()).containsExactly("image/png", "image/jpeg");
        for (Image image : images) {
            byte[] bytes = Files.readAllBytes(image.path());
            assertThat(pictures.of(image).size()).isEqualTo(bytes.length);
            assertThat(pictures.of(image).sha1()).isEqualTo(
                    Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1").digest(bytes)));
            assertThat(pictures.of(image).data()).isNull();
        }
    }

    @Test
    void theBytesAreKeptOnlyForEmbedding() throws Exception {
        Catalog catalog = SyntheticCatalogs.generate(1, 1, directory);
        Image image = catalog.exercises().getFirst().images().getFirst();

        assertThat(Pictures.read(catalog, true).of(image).data()).isEqualTo(Files.readAllBytes(image.path()));
    }
}
