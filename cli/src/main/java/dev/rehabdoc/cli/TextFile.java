package dev.rehabdoc.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/** A single text file a command writes, such as a schema or a progress report: all of it, or nothing. */
final class TextFile {
    private TextFile() {
    }

    /**
     * Writes beside the destination first and then moves into place, so that a reader never sees half a file and a
     * failure leaves the previous file as it was.
     */
    static void write(Path file, String text) throws IOException {
        Path destination = file.toAbsolutePath().normalize();
        if (Files.isDirectory(destination)) {
            throw new FileSystemException(destination.toString(), null, "it is a directory");
        }
        Path parent = Files.createDirectories(destination.getParent());
        // Not Files.createTempFile: its files are readable by their owner only, and these files are meant to be shared.
        Path temporary = parent.resolve("." + destination.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            try {
                Files.move(temporary, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
