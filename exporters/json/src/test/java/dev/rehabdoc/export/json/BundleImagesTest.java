package dev.rehabdoc.export.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehabdoc.export.ExportException;
import dev.rehabdoc.export.ExportTarget;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Dose;
import dev.rehabdoc.model.Exercise;
import dev.rehabdoc.model.ExerciseKind;
import dev.rehabdoc.model.Image;
import dev.rehabdoc.model.Step;
import dev.rehabdoc.testing.SyntheticCatalogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleImagesTest {

    @TempDir
    Path directory;

    @Test
    void copiesEachImageOnceUnderANameOfItsOwn() throws Exception {
        Path a = picture("a/cat-cow.png");
        Path b = picture("b/Cat-Cow.png");
        Path c = picture("c/Kätze & Kuh.png");
        Catalog catalog = catalog(exercise("one", a, b), exercise("two", a, c), exercise("three", c));

        List<Path> written;
        BundleImages images;
        try (ExportTarget target = ExportTarget.in(directory.resolve("out"))) {
            images = BundleImages.prepare(catalog, false, target);
            written = target.commit();
        }

        assertThat(written).extracting(path -> directory.resolve("out").toRealPath().relativize(path).toString())
                .containsExactlyInAnyOrder("images/cat-cow.png", "images/Cat-Cow-2.png", "images/K-tze-Kuh.png");
        assertThat(images.reference(a)).isEqualTo("images/cat-cow.png");
        assertThat(images.reference(b)).isEqualTo("images/Cat-Cow-2.png");
        assertThat(Files.readAllBytes(directory.resolve("out/images/K-tze-Kuh.png"))).isEqualTo(Files.readAllBytes(c));
    }

    @Test
    void embedsAnImageAsADataUriOfItsBytesAndWritesNoFile() throws Exception {
        Catalog catalog = SyntheticCatalogs.generate(2, 1, directory.resolve("pictures"));
        Path png = catalog.exercises().get(0).images().getFirst().path();
        Path jpeg = catalog.exercises().get(1).images().getFirst().path();

        try (ExportTarget target = ExportTarget.in(directory.resolve("out"))) {
            BundleImages images = BundleImages.prepare(catalog, true, target);

            assertThat(target.commit()).isEmpty();
            String pngUri = images.reference(png);
            assertThat(pngUri).startsWith("data:image/png;base64,");
            assertThat(Base64.getDecoder().decode(pngUri.substring(pngUri.indexOf(',') + 1)))
                    .isEqualTo(Files.readAllBytes(png));
            assertThat(images.reference(jpeg)).startsWith("data:image/jpeg;base64,/9j/");
        }
    }

    @Test
    void refusesAnImageThatIsNoLongerAPicture() throws Exception {
        Path fake = directory.resolve("fake.png");
        Files.writeString(fake, "not a picture");

        try (ExportTarget target = ExportTarget.in(directory.resolve("out"))) {
            assertThatThrownBy(() -> BundleImages.prepare(catalog(exercise("one", fake)), true, target))
                    .isInstanceOf(ExportException.class)
                    .hasMessage("the image " + fake + " of the exercise 'one' is no longer a PNG or JPEG file");
        }
    }

    @Test
    void makesNamesSafeAndDistinctIgnoringCase() {
        Set<String> taken = new HashSet<>();

        assertThat(BundleImages.uniqueName(Path.of("x/Cat Cow.PNG"), taken)).isEqualTo("Cat-Cow.PNG");
        assertThat(BundleImages.uniqueName(Path.of("y/cat cow.png"), taken)).isEqualTo("cat-cow-2.png");
        assertThat(BundleImages.uniqueName(Path.of("z/.hidden.png"), taken)).isEqualTo("hidden.png");
        assertThat(BundleImages.uniqueName(Path.of("z/ёлка.jpg"), taken)).isEqualTo("image.jpg");
        assertThat(BundleImages.uniqueName(Path.of("z/фото.jpg"), taken)).isEqualTo("image-2.jpg");
        assertThat(BundleImages.uniqueName(Path.of("z/noextension"), taken)).isEqualTo("noextension");
    }

    private Path picture(String name) throws Exception {
        Path source = SyntheticCatalogs.generate(1, 1, directory.resolve("generated")).exercises().getFirst()
                .images().getFirst().path();
        Path file = directory.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.copy(source, file);
    }

    private static Exercise exercise(String id, Path... pictures) {
        List<Image> images = java.util.Arrays.stream(pictures).map(path -> new Image(path, "A person breathing", null, null, null)).toList();
        return new Exercise(id, id, ExerciseKind.YOGA, null, List.of(new Step("Breathe.")), Dose.NONE, null, null,
                images, null, null);
    }

    private static Catalog catalog(Exercise... exercises) {
        return new Catalog(null, List.of(), List.of(), List.of(), List.of(exercises), List.of());
    }
}
