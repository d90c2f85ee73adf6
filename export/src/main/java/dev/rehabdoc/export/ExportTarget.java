package dev.rehabdoc.export;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The directory an export writes into, all or nothing: each file is first written to a temporary file beside its
 * destination, and only {@link #commit()} moves them into place; a commit that fails partway puts back every file it
 * had replaced. Closing without a commit removes the temporary files, so a failed export leaves what was in the
 * directory before untouched. Safe to use from several threads.
 */
public final class ExportTarget implements AutoCloseable {
    private static final Pattern SAFE_SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /** Writes a file's bytes. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws ExportException, IOException;
    }

    /** Says why the file already at an output's name must not be replaced, if it must not. */
    @FunctionalInterface
    public interface Keep {
        /** The reason to keep {@code existing}, as a sentence for the user; empty to replace it. */
        Optional<String> reason(Path existing) throws IOException;
    }

    /** A file written and waiting for the commit. */
    private record Pending(Path temporary, Keep keep) {
    }

    /**
     * A destination the commit has dealt with: the earlier file set aside under {@code setAside} (or none was
     * there), and the new file's identity once it is in place.
     */
    private record Placed(Path destination, Path setAside, Object newFile) {
    }

    private final Path directory;
    /** The one file a target made for a single file may write, or null for a directory of outputs. */
    private final Path only;
    private final Disk disk;
    private final Set<Object> inputs;
    private final Map<Path, Pending> pending = new LinkedHashMap<>();
    private final List<Path> createdDirectories = new ArrayList<>();
    private boolean closed;
    private boolean committed;

    private ExportTarget(Path directory, Path only, Set<Object> inputs, Disk disk) {
        this.directory = directory;
        this.only = only;
        this.inputs = inputs;
        this.disk = disk;
    }

    /**
     * A target writing into {@code directory}, which is created if missing.
     *
     * @throws NotDirectoryException when the path exists and is not a directory
     * @throws IOException           when it cannot be created or written
     */
    public static ExportTarget in(Path directory) throws IOException {
        return in(directory, List.of());
    }

    /**
     * A target writing into {@code directory} that never replaces one of the {@code inputs} the export reads (the
     * source's files, its pictures) and refuses to write inside an input that is a directory, whose files would
     * become part of the source.
     *
     * @throws FileSystemException when the directory is inside an input directory
     */
    public static ExportTarget in(Path directory, Collection<Path> inputs) throws IOException {
        return in(directory, inputs, Disk.REAL);
    }

    static ExportTarget in(Path directory, Collection<Path> inputs, Disk disk) throws IOException {
        return open(directory, null, inputs, disk);
    }

    /**
     * A target for the one file {@code file}, whatever its name, in its directory: for a command that writes a
     * single file the user named (see {@link OutputFile}).
     */
    static ExportTarget forOneFile(Path file, Collection<Path> inputs) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        if (absolute.getParent() == null) {
            throw new FileSystemException(absolute.toString(), null, "is a directory");
        }
        return open(absolute.getParent(), absolute.getFileName(), inputs, Disk.REAL);
    }

    private static ExportTarget open(Path directory, Path only, Collection<Path> inputs, Disk disk)
            throws IOException {
        Path absolute = directory.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new NotDirectoryException(absolute.toString());
        }
        Set<Object> inputFiles = new HashSet<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input) && realPathOf(absolute).startsWith(input.toRealPath())) {
                throw new FileSystemException(absolute.toString(), null, "it is inside the source directory "
                        + input + ", whose files would become part of the source: write somewhere else");
            }
            Object key = fileKey(input);
            if (key != null) {
                inputFiles.add(key);
            }
        }
        Files.createDirectories(absolute);
        if (!Files.isWritable(absolute)) {
            throw new java.nio.file.AccessDeniedException(absolute.toString(), null, "the directory is not writable");
        }
        Path real = absolute.toRealPath();
        if (only == null) {
            Leftovers.tidy(real, Leftovers.DEPTH);
        } else {
            Leftovers.tidy(real, 1);
        }
        return new ExportTarget(real, only == null ? null : real.resolve(only), Set.copyOf(inputFiles), disk);
    }

    /** The directory, absolute and with links resolved. */
    public Path directory() {
        return directory;
    }

    /**
     * Writes a file that becomes visible at {@code name} on {@link #commit()}.
     *
     * @param name a relative path of plain segments such as {@code images/cat-cow.png}; it can never leave the
     *             directory
     * @throws FileSystemException naming the destination when writing the file failed (a full disk, say)
     */
    public void write(String name, Content content) throws ExportException, IOException {
        write(name, existing -> Optional.empty(), content);
    }

    /**
     * Writes a file like {@link #write(String, Content)}, which replaces a file already at {@code name} on commit
     * only if {@code keep} gives no reason to keep it. The commit asks at the moment of replacing, so a file saved
     * there while the export ran is asked about too.
     */
    public void write(String name, Keep keep, Content content) throws ExportException, IOException {
        Objects.requireNonNull(keep, "keep");
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
        Path temporary = Leftovers.newFile(destination);
        try {
            // Not Files.createTempFile: its files are readable by their owner only, and outputs are meant to be shared.
            Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        } catch (IOException e) {
            throw fault(destination, e);
        }
        synchronized (this) {
            if (closed) {
                Files.deleteIfExists(temporary);
                ensureOpen();
            }
            if (pending.containsKey(destination)) {
                Files.deleteIfExists(temporary);
                throw new FileAlreadyExistsException(name, null, "written twice in one export");
            }
            pending.put(destination, new Pending(temporary, keep));
        }
        Watched file = null;
        try (OutputStream out = new BufferedOutputStream(file = new Watched(Files.newOutputStream(temporary)),
                1 << 16)) {
            content.writeTo(out);
        } catch (IOException | RuntimeException e) {
            // A library that writes for us may wrap the stream's failure into its own exception: the stream knows.
            if (file != null && file.fault != null) {
                throw fault(destination, file.fault);
            }
            if (file == null && e instanceof IOException opening) {
                throw fault(destination, opening);
            }
            throw e;
        }
    }

    /**
     * Moves every written file into place and returns their paths, sorted. A file at an output's name that is not a
     * plain file (a directory, a link, a device), that is one of the export's inputs, or that its {@link Keep} says
     * to keep stops the commit; so does any failure to move. Then every file already replaced is put back, and the
     * exception says so, or says exactly which files could not be.
     */
    public synchronized List<Path> commit() throws ExportException {
        ensureOpen();
        closed = true;
        List<Placed> done = new ArrayList<>(pending.size());
        try {
            for (Map.Entry<Path, Pending> entry : pending.entrySet()) {
                place(entry.getKey(), entry.getValue(), done);
            }
        } catch (ExportException | IOException e) {
            String reason = e instanceof IOException fault ? FileFault.describe(fault) : e.getMessage();
            List<String> notUndone = rollBack(done);
            throw new ExportException(reason + (notUndone.isEmpty()
                    ? (only == null ? "; nothing of this format was written, and earlier files are as they were"
                            : "; nothing was written, and the earlier file is as it was")
                    : "; some files were already replaced and could not all be put back: "
                            + String.join("; ", notUndone)), e);
        }
        for (Placed placed : done) {
            if (placed.setAside() != null) {
                try {
                    disk.delete(placed.setAside());
                } catch (IOException e) {
                    // The new file is in place; a later export removes the hidden earlier one (see Leftovers).
                }
            }
        }
        pending.clear();
        committed = true;
        List<Path> written = new ArrayList<>(done.stream().map(Placed::destination).toList());
        written.sort(null);
        return written;
    }

    /** Puts one new file in place, setting aside the file that was there. */
    private void place(Path destination, Pending file, List<Placed> done) throws ExportException, IOException {
        BasicFileAttributes there = attributes(destination);
        Path setAside = null;
        if (there != null) {
            if (!there.isRegularFile()) {
                throw new ExportException(destination + ": " + (there.isSymbolicLink() ? "a link"
                        : there.isDirectory() ? "a directory" : "a device or other special file")
                        + " is in the way, not a file rehabdoc wrote: move it, or write somewhere else");
            }
            if (inputs.contains(there.fileKey())) {
                throw new ExportException(destination + ": it is one of the files this command reads (a source, a picture, "
                        + "a log), so it is not replaced: write somewhere else");
            }
            setAside = Leftovers.setAside(destination);
            disk.setAside(destination, setAside);
            done.add(new Placed(destination, setAside, null));
            Optional<String> keep = file.keep().reason(setAside);
            if (keep.isPresent()) {
                throw new ExportException(keep.get());
            }
        }
        Object newFile = fileKey(file.temporary());
        try {
            disk.place(file.temporary(), destination);
        } catch (FileAlreadyExistsException e) {
            throw new ExportException(destination + ": another program saved a file here while rehabdoc was "
                    + "writing; that file was kept");
        }
        if (setAside != null) {
            done.removeLast();
        }
        done.add(new Placed(destination, setAside, newFile));
    }

    /**
     * Undoes a commit's placements, last first: removes each new file that is still the one placed and puts the
     * earlier file back; a file someone else saved meanwhile stays. Returns what could not be undone.
     */
    private List<String> rollBack(List<Placed> done) {
        List<String> notUndone = new ArrayList<>();
        for (Placed placed : done.reversed()) {
            Path destination = placed.destination();
            try {
                if (placed.newFile() != null && placed.newFile().equals(fileKey(destination))) {
                    disk.delete(destination);
                }
            } catch (IOException e) {
                notUndone.add(destination + " is the new file"
                        + (placed.setAside() == null ? "" : ", and the earlier one is kept as " + placed.setAside()));
                continue;
            }
            if (placed.setAside() != null) {
                try {
                    Leftovers.putBack(disk, placed.setAside(), destination);
                } catch (IOException e) {
                    notUndone.add(destination + " is missing: the earlier file is kept as " + placed.setAside());
                }
            }
        }
        return notUndone;
    }

    /** Removes whatever was written and not committed. */
    @Override
    public synchronized void close() throws IOException {
        IOException failure = null;
        for (Pending file : pending.values()) {
            try {
                Files.deleteIfExists(file.temporary());
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
        if (only != null) {
            if (!only.getFileName().toString().equals(name)) {
                throw new IllegalArgumentException("this target writes " + only.getFileName() + " only");
            }
            return only;
        }
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

    /** A failure to write the file that becomes {@code destination}, naming it rather than its temporary file. */
    private static FileSystemException fault(Path destination, IOException e) {
        String reason = e instanceof FileSystemException system && system.getReason() != null ? system.getReason()
                : e.getMessage();
        FileSystemException named = new FileSystemException(destination.toString(), null, reason);
        named.initCause(e);
        return named;
    }

    /** What is at {@code path} itself (not where a link leads), or null when nothing is. */
    private static BasicFileAttributes attributes(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        }
    }

    /** The identity of the file at {@code path} (device and inode), or null when nothing is there. */
    private static Object fileKey(Path path) throws IOException {
        BasicFileAttributes attributes = attributes(path);
        return attributes == null ? null : attributes.fileKey();
    }

    private static Path realPathOf(Path path) throws IOException {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing == null ? path : existing.toRealPath().resolve(existing.relativize(path));
    }

    /** Remembers the first failure of the file's own stream, whatever the writer above it makes of it. */
    private static final class Watched extends FilterOutputStream {
        private IOException fault;

        Watched(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        private IOException remember(IOException e) {
            if (fault == null) {
                fault = e;
            }
            return e;
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("this export target is already committed or closed");
        }
    }
}
