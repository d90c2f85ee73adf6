package dev.rehabdoc.export;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The file operations a commit is made of, one call each, so that a test can make any one of them fail. */
interface Disk {
    /** Renames {@code from} to the free name {@code to} in the same directory, in one step. */
    void setAside(Path from, Path to) throws IOException;

    /**
     * Gives the file {@code from} the name {@code to} and drops the name {@code from}, never replacing anything:
     * whatever is at {@code to}, even if it appeared a moment ago, stays, and the call fails with
     * {@link FileAlreadyExistsException}.
     */
    void place(Path from, Path to) throws IOException;

    /** Removes a file if it is there. */
    void delete(Path path) throws IOException;

    /** The real file system. */
    Disk REAL = new Disk() {
        @Override
        public void setAside(Path from, Path to) throws IOException {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        }

        @Override
        public void place(Path from, Path to) throws IOException {
            try {
                // link(2) fails if the name is taken, at the moment it runs: no other writer can slip in between.
                Files.createLink(to, from);
            } catch (FileAlreadyExistsException e) {
                throw e;
            } catch (UnsupportedOperationException | FileSystemException e) {
                // A file system without hard links (FAT, some network disks): a rename that checks first.
                if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
                    throw new FileAlreadyExistsException(to.toString());
                }
                Files.move(from, to);
                return;
            }
            Files.delete(from);
        }

        @Override
        public void delete(Path path) throws IOException {
            Files.deleteIfExists(path);
        }
    };
}
