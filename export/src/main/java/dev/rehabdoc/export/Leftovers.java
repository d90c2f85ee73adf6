package dev.rehabdoc.export;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hidden files a write leaves beside its destination while it runs, and tidying those of writers that died.
 *
 * <p>A new file is written as {@code .NAME.PID-RANDOM.part}; while a commit replaces a file, the earlier one waits
 * as {@code .NAME.PID-RANDOM.old}. Both carry the writer's process id, so a later run can tell a writer that is
 * still at work (its files are left alone) from one that was killed: a dead writer's new files are removed, and an
 * earlier file it had set aside is put back where no file has taken its place.
 */
final class Leftovers {
    private static final Pattern NAME = Pattern.compile("\\.(.+)\\.(\\d{1,19})-[0-9a-f]{16}\\.(part|old)");
    private static final long OWN_PID = ProcessHandle.current().pid();
    /** How deep below an output directory its outputs go ({@code images/large/x.png}), with room to spare. */
    static final int DEPTH = 4;

    private Leftovers() {
    }

    /** A fresh name for the new file that will become {@code destination}. */
    static Path newFile(Path destination) {
        return beside(destination, "part");
    }

    /** A fresh name under which the earlier file at {@code destination} waits during a commit. */
    static Path setAside(Path destination) {
        return beside(destination, "old");
    }

    private static Path beside(Path destination, String kind) {
        String random = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        return destination.resolveSibling("." + destination.getFileName() + "." + OWN_PID + "-" + random + "." + kind);
    }

    /**
     * Tidies what writers that no longer run left below {@code directory}, {@code depth} levels down (1: in it): their
     * new files are removed, and each earlier file they had set aside is put back, or removed where a file has taken
     * its place since.
     */
    static void tidy(Path directory, int depth) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(directory, Set.of(), depth, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile() && NAME.matcher(file.getFileName().toString()).matches()) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // a folder of the user's that cannot be read holds none of ours
            }
        });
        for (Path leftover : found) {
            Matcher name = NAME.matcher(leftover.getFileName().toString());
            if (!name.matches() || isRunning(Long.parseLong(name.group(2)))) {
                continue;
            }
            if (name.group(3).equals("old")) {
                putBack(Disk.REAL, leftover, leftover.resolveSibling(name.group(1)));
            } else {
                Files.deleteIfExists(leftover);
            }
        }
    }

    /**
     * Moves a set-aside file back to {@code destination} unless something is there now: a file saved meanwhile is
     * newer than the one set aside, so it stays and the set-aside one goes.
     *
     * @return whether the file went back
     */
    static boolean putBack(Disk disk, Path setAside, Path destination) throws IOException {
        try {
            disk.place(setAside, destination);
            return true;
        } catch (FileAlreadyExistsException e) {
            disk.delete(setAside);
            return false;
        }
    }

    private static boolean isRunning(long pid) {
        return pid == OWN_PID || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
