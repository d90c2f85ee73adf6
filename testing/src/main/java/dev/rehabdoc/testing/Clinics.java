package dev.rehabdoc.testing;

import dev.rehabdoc.model.Clinic;
import dev.rehabdoc.model.Image;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test fixture: clinics as a source or a clinic file gives them, with every detail or with only a name. */
public final class Clinics {
    /** The name of {@link #riverside}. */
    public static final String RIVERSIDE_NAME = "Riverside Physiotherapy";
    /** A clinic that gives only its name. */
    public static final Clinic NAME_ONLY = Clinic.named("Hillside Clinic");

    private Clinics() {
    }

    /** A clinic with every detail, its logo (a 300 x 100 teal PNG) written as {@code logo.png} in {@code directory}. */
    public static Clinic riverside(Path directory) {
        try {
            Files.createDirectories(directory);
            Path logo = Files.write(directory.resolve("logo.png"),
                    PictureFiles.png(300, 100, 8, 2, 0, 11, 79, 108)).toRealPath();
            return new Clinic(RIVERSIDE_NAME, "12 River Road\nLeeds LS1 4AB", "0113 496 0000",
                    "hello@riverside.example", "https://riverside.example/physio",
                    new Image(logo, "Riverside Physiotherapy logo", null, null, null),
                    "Monday to Friday 8:00-18:00", "the pain spreads down your arm, or you feel numbness");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
