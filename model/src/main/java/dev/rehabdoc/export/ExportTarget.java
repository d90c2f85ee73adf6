package dev.rehabdoc.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The directory an export writes into, all or nothing: each file is first written to a temporary file beside its
 * destination, and only {@link #commit()} moves them into place. Closing without a commit removes the temporary
 * files, so a failed export leaves what was in the directory before untouched. Safe to use from several threads.
 */
public final class ExportTarget implements AutoCloseable {
    private static final Pattern SAFE_SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /** Writes a file's bytes. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path directory;
    private final Map<Path, Path> pending = new LinkedHashMap<>();
    private final List<Path> createdDirectories = new ArrayList<>();
    private boolean closed;
    private boolean committed;

    private ExportTarget(Path directory) {
        this.directory = directory;
    }

    /**
     * A target writing into {@code directory}, which is created if missing.
     *
     * @throws NotDirectoryException when the path exists and is not a directory
     * @throws IOException           when it cannot be created or written
     */
    public static ExportTarget in(Path directory) throws IOException {
        Path absolute = directory.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new NotDirectoryException(absolute.toString());
        }
        Files.createDirectories(absolute);
        if (!Files.isWritable(absolute)) {
            throw new java.nio.file.AccessDeniedException(absolute.toString(), null, "the directory is not writable");
        }
        return new ExportTarget(absolute.toRealPath());
    }

    /** The directory, absolute and with links resolved. */
    public Path directory() {
        return directory;
    }

    /** The file already at {@code name} from an earlier run, if there is one. */
    public Optional<Path> existing(String name) {
        Path path = resolve(name);
        return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) ? Optional.of(path) : Optional.empty();
    }

    /**
     * Writes a file that becomes visible at {@code name} on {@link #commit()}.
     *
     * @param name a relative path of plain segments such as {@code images/cat-cow.png}; it can never leave the
     *             directory
     */
    public void write(String name, Content content) throws IOException {
        Path destination = resolve(name);
        synchronized (this) {
            ensureOpen();
        }
        Path parent = destination.getParent();
        createDirectories(parent);
        checkInside(parent);
        if (Files.isDirectory(destination, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(destination.toString(), null, "a directory is in the way");
        }
        // Not Files.createTempFile: its files are readable by their owner only, and outputs are meant to be shared.
        Path temporary = parent.resolve("." + destination.getFileName() + "." + UUID.randomUUID() + ".part");
        Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        synchronized (this) {
            if (closed) {
                Files.deleteIfExists(temporary);
                ensureOpen();
            }
            if (pending.containsKey(destination)) {
                Files.deleteIfExists(temporary);
                throw new FileAlreadyExistsException(name, null, "written twice in one export");
            }
            pending.put(destination, temporary);
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
            content.writeTo(out);
        }
    }

    /** Moves every written file into place; returns their paths, sorted. */
    public synchronized List<Path> commit() throws IOException {
        ensureOpen();
        List<Path> written = new ArrayList<>(pending.size());
        for (Map.Entry<Path, Path> entry : pending.entrySet()) {
            move(entry.getValue(), entry.getKey());
            written.add(entry.getKey());
        }
        pending.clear();
        committed = true;
        closed = true;
        written.sort(null);
        return written;
    }

    /** Removes whatever was written and not committed. */
    @Override
    public synchronized void close() throws IOException {
        IOException failure = null;
        for (Path temporary : pending.values()) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                failure = e;
            }
        }
        pending.clear();
        if (!committed) {
            for (Path created : createdDirectories.reversed()) {
                try {
                    Files.deleteIfExists(created);
                } catch (DirectoryNotEmptyException e) {
                    // another writer put something there: it stays
                } catch (IOException e) {
                    failure = e;
                }
            }
        }
        createdDirectories.clear();
        closed = true;
        if (failure != null) {
            throw failure;
        }
    }

    /** Creates the missing directories down to {@code parent}, remembering them so that close can remove them. */
    private void createDirectories(Path parent) throws IOException {
        List<Path> missing = new ArrayList<>();
        Path existing = parent;
        while (!existing.equals(directory) && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            missing.addFirst(existing);
            existing = existing.getParent();
        }
        checkInside(existing);
        for (Path path : missing) {
            try {
                Files.createDirectory(path);
            } catch (FileAlreadyExistsException e) {
                if (!Files.isDirectory(path)) {
                    throw e;
                }
                continue; // another thread made it
            }
            synchronized (this) {
                createdDirectories.add(path);
            }
        }
        if (!Files.isDirectory(parent)) {
            throw new NotDirectoryException(parent.toString());
        }
    }

    /** Refuses a directory that a link has put outside the target. */
    private void checkInside(Path path) throws IOException {
        if (!path.toRealPath().startsWith(directory)) {
            throw new FileSystemException(path.toString(), null, "a link leads out of the output directory");
        }
    }

    private Path resolve(String name) {
        String[] segments = name.split("/", -1);
        for (String segment : segments) {
            if (!SAFE_SEGMENT.matcher(segment).matches()) {
                throw new IllegalArgumentException("not a safe output name: '" + name + "'");
            }
        }
        Path resolved = directory.resolve(name).normalize();
        if (!resolved.startsWith(directory) || resolved.equals(directory)) {
            throw new IllegalArgumentException("output name leaves the directory: '" + name + "'");
        }
        return resolved;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("this export target is already committed or closed");
        }
    }
}
