package dev.rehabdoc.export.fhir;

import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Exercise;
import dev.rehabdoc.model.Image;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The exercises' pictures as FHIR Attachments: type, size and SHA-1 always, the bytes themselves only when images are
 * embedded (a FHIR bundle has nowhere beside it to point at).
 */
final class Pictures {
    /** What an Attachment says about one image file. */
    record Picture(String contentType, int size, String sha1, byte[] data) {
    }

    private final Map<Path, Picture> byPath;

    private Pictures(Map<Path, Picture> byPath) {
        this.byPath = byPath;
    }

    /** Reads every image of the catalog once, keeping the bytes only when they are to be embedded. */
    static Pictures read(Catalog catalog, boolean embed) throws IOException {
        Map<Path, Picture> byPath = new HashMap<>();
        for (Exercise exercise : catalog.exercises()) {
            for (Image image : exercise.images()) {
                if (!byPath.containsKey(image.path())) {
                    byte[] bytes = Files.readAllBytes(image.path());
                    byPath.put(image.path(), new Picture(contentType(bytes), bytes.length, sha1(bytes),
                            embed ? bytes : null));
                }
            }
        }
        return new Pictures(byPath);
    }

    Picture of(Image image) {
        Picture picture = byPath.get(image.path());
        if (picture == null) {
            throw new IllegalStateException("image not read before writing: " + image.path());
        }
        return picture;
    }

    /** PNG by its signature, else JPEG: the loader admits nothing else. */
    private static String contentType(byte[] bytes) {
        return bytes.length > 1 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' ? "image/png" : "image/jpeg";
    }

    private static String sha1(byte[] bytes) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-1", e);
        }
    }
}
