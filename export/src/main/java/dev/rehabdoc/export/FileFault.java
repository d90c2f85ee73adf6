package dev.rehabdoc.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What went wrong with a file, in words for the person who runs rehabdoc: a full disk, a permission, a file in the
 * way are theirs to mend, so they get a plain sentence saying what to do, never a Java class name.
 */
public final class FileFault {
    /** What the operating system says, as Java passes it on, and what a person should hear instead. */
    private record Known(String systemWords, String plain) {
    }

    private static final List<Known> KNOWN = List.of(
            new Known("no space left on device", "the disk is full: free some space or write somewhere else"),
            new Known("disk quota exceeded", "your disk quota is used up: free some space or write somewhere else"),
            new Known("file too large", "the file is larger than this disk allows: write somewhere else"),
            new Known("read-only file system", "the disk is read-only: write somewhere else"),
            new Known("permission denied", "permission denied: write somewhere you may write, or change the "
                    + "permissions"),
            new Known("operation not permitted", "the file may not be changed (it is locked or immutable): unlock "
                    + "it or write somewhere else"),
            new Known("input/output error", "the disk reported an error: check the disk, or write somewhere else"),
            new Known("file name too long", "the name is too long for this disk: choose a shorter path"),
            new Known("too many open files", "too many files are open: close some programs and try again"),
            new Known("not a directory", "a file is in the way where a directory should be: move it, or write "
                    + "somewhere else"),
            new Known("is a directory", "a directory is in the way where a file should be: move it, or write "
                    + "somewhere else"),
            new Known("no such file or directory", "no such file or directory"),
            new Known("bad file descriptor", "it is closed"),
            new Known("stale file handle", "the disk went away (a network disk?): try again"));

    /** A Java class name such as {@code java.nio.file.FileSystemException:} that a message may have picked up. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*(?::\\s*)?");

    private FileFault() {
    }

    /** The file the fault is about, where the exception says. */
    public static Optional<String> file(IOException fault) {
        return fault instanceof FileSystemException system ? Optional.ofNullable(system.getFile()) : Optional.empty();
    }

    /** What went wrong and what to do about it, without the file's name. */
    public static String reason(IOException fault) {
        String words = switch (fault) {
            case AccessDeniedException denied -> "permission denied";
            case NoSuchFileException missing -> "no such file or directory";
            case NotDirectoryException notDirectory -> "not a directory";
            case DirectoryNotEmptyException notEmpty -> "is a directory";
            case FileAlreadyExistsException inTheWay when inTheWay.getReason() == null ->
                    "something else is in the way: move it, or write somewhere else";
            case FileSystemException system when system.getReason() != null -> system.getReason();
            default -> Optional.ofNullable(fault.getMessage()).orElse("input/output error");
        };
        String lower = words.toLowerCase(Locale.ROOT);
        for (Known known : KNOWN) {
            if (lower.contains(known.systemWords())) {
                return known.plain();
            }
        }
        String plain = CLASS_NAME.matcher(words).replaceAll("").strip();
        return plain.isEmpty() ? "input/output error" : plain;
    }

    /** The fault's file and reason as one sentence, such as {@code out/a.pdf: the disk is full: ...}. */
    public static String describe(IOException fault) {
        return file(fault).map(file -> file + ": ").orElse("") + reason(fault);
    }
}
