package dev.rehabdoc.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;

/**
 * A single file a command writes where the user said, such as a schema or a progress report: replaced whole or
 * not at all, and only when what is there is a file of the same kind, so that a typing slip ({@code --out log.xlsx})
 * can never overwrite the filled exercise log, an input, a device or anything else that is not such a file.
 */
public final class OutputFile {
    private OutputFile() {
    }

    /**
     * Writes {@code content} to {@code file} through a temporary file beside it. A link is followed, so that it
     * keeps pointing at the new file.
     *
     * @param inputs  the files the command reads: never replaced
     * @param kind    says why a file already at {@code file} must be kept (it is not of the kind written)
     * @throws ExportException when a file must be kept, or the write failed; the message says the earlier file is as
     *                         it was
     * @throws IOException     when the directory cannot be written
     */
    public static void write(Path file, Collection<Path> inputs, ExportTarget.Keep kind, ExportTarget.Content content)
            throws ExportException, IOException {
        Path destination = file.toAbsolutePath().normalize();
        if (Files.exists(destination) && !Files.isRegularFile(destination) && !Files.isDirectory(destination)) {
            throw new FileSystemException(file.toString(), null, "is a device, pipe or other special file, not a "
                    + "file: name a file");
        }
        if (Files.isSymbolicLink(destination)) {
            if (!Files.exists(destination)) {
                throw new FileSystemException(file.toString(), null, "is a link that leads nowhere: remove it, or "
                        + "write somewhere else");
            }
            destination = destination.toRealPath();
        }
        if (Files.isDirectory(destination, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileSystemException(file.toString(), null, "is a directory: name a file");
        }
        try (ExportTarget target = ExportTarget.forOneFile(destination, inputs)) {
            target.write(destination.getFileName().toString(), kind, content);
            target.commit();
        }
    }

    /** Keeps any file that is not JSON text (or empty), such as a spreadsheet, a PDF or a source in YAML. */
    public static Optional<String> keepUnlessJson(Path existing, String shown) throws IOException {
        byte[] start;
        try (InputStream in = Files.newInputStream(existing)) {
            start = in.readNBytes(4096);
        }
        int at = start.length >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB
                && (start[2] & 0xFF) == 0xBF ? 3 : 0;
        while (at < start.length && (start[at] == ' ' || start[at] == '\t' || start[at] == '\n' || start[at] == '\r')) {
            at++;
        }
        if (at == start.length || start[at] == '{' || start[at] == '[') {
            return Optional.empty();
        }
        String looks = start.length >= 2 && start[0] == 'P' && start[1] == 'K' ? " (it looks like an Excel workbook "
                + "or another zip file)" : start.length >= 4 && start[0] == '%' && start[1] == 'P' ? " (it is a PDF)" : "";
        return Optional.of(shown + ": a file that is not JSON is already there" + looks + ", so it was not replaced: "
                + "choose another name, or move that file first");
    }
}
