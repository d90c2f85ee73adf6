package dev.rehabdoc.export.json;

import dev.rehabdoc.export.ExportException;
import dev.rehabdoc.export.ExportTarget;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Clinic;
import dev.rehabdoc.model.Exercise;
import dev.rehabdoc.model.Image;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The images of a bundle: each distinct file copied once into {@code images/} beside the bundle under a name of its
 * own, or read into a {@code data:} URI when images are embedded. Every image is checked before the bundle is
 * written, so that none is left out.
 */
final class BundleImages {
    private final boolean embed;
    /** For each image file: its path in the bundle, or its media type when embedded. */
    private final Map<Path, String> prepared = new LinkedHashMap<>();

    private BundleImages(boolean embed) {
        this.embed = embed;
    }

    /**
     * Copies every image of the catalog into the target, or checks that each can be embedded.
     *
     * @throws ExportException when an image is gone or is not a PNG or JPEG file any more
     */
    static BundleImages prepare(Catalog catalog, boolean embed, ExportTarget target)
            throws ExportException, IOException {
        BundleImages images = new BundleImages(embed);
        Set<String> taken = new HashSet<>();
        Map<Path, String> owners = new LinkedHashMap<>();
        catalog.clinic().map(Clinic::logo).ifPresent(logo -> owners.put(logo.path(), "the clinic's logo"));
        for (Exercise exercise : catalog.exercises()) {
            for (Image image : exercise.images()) {
                owners.putIfAbsent(image.path(), "the exercise '" + exercise.id() + "'");
            }
        }
        for (Map.Entry<Path, String> owned : owners.entrySet()) {
            Path file = owned.getKey();
            String mediaType = mediaType(file, owned.getValue());
            if (embed) {
                images.prepared.put(file, mediaType);
            } else {
                String name = BundleLayout.IMAGE_DIRECTORY + "/" + uniqueName(file, taken);
                target.write(name, out -> Files.copy(file, out));
                images.prepared.put(file, name);
            }
        }
        return images;
    }

    /** What the bundle says for an image: its relative path, or a data URI with its bytes. */
    String reference(Path file) throws IOException {
        String prepared = this.prepared.get(file);
        if (prepared == null) {
            throw new IllegalStateException("an image that was not prepared: " + file);
        }
        return embed ? "data:" + prepared + ";base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(file))
                : prepared;
    }

    /** The media type of a PNG or JPEG file, by its first bytes. */
    /** The media type of an image file, read from its first bytes; {@code owner} says whose it is, such as "the exercise 'x'". */
    private static String mediaType(Path file, String owner) throws ExportException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        } catch (IOException e) {
            throw new ExportException("the image " + file + " of " + owner
                    + " cannot be read any more (" + e.getMessage() + "); the bundle would lack it");
        }
        if (head.length == 8 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            return "image/png";
        }
        if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        throw new ExportException("the image " + file + " of " + owner
                + " is no longer a PNG or JPEG file");
    }

    /**
     * The file's name made safe for any file system and distinct from the names already taken, ignoring case:
     * {@code Cat Cow.png} becomes {@code Cat-Cow.png}, a second {@code cat-cow.png} becomes {@code cat-cow-2.png}.
     */
    static String uniqueName(Path file, Set<String> taken) {
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        String stem = (dot > 0 ? fileName.substring(0, dot) : fileName)
                .replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[^A-Za-z0-9]+", "").replaceAll("-+$", "");
        String extension = dot > 0 ? fileName.substring(dot + 1).replaceAll("[^A-Za-z0-9]", "") : "";
        if (stem.isEmpty()) {
            stem = "image";
        }
        String suffix = extension.isEmpty() ? "" : "." + extension;
        String name = stem + suffix;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = stem + "-" + n + suffix;
        }
        return name;
    }
}
