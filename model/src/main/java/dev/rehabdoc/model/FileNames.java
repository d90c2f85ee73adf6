package dev.rehabdoc.model;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How the files made for a condition or a program are named, in one place: the exporters name their files with it,
 * and validation checks with it that no two of a catalog's files would have the same name, so that an export cannot
 * find out halfway that it writes a file twice.
 */
public final class FileNames {
    /** Names Windows keeps for devices, with any extension: {@code con.pdf} cannot be made there. */
    private static final Set<String> WINDOWS_DEVICES = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3",
            "com4", "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7",
            "lpt8", "lpt9");

    private FileNames() {
    }

    /** The name, without extension, of the files made for a condition: its id. */
    public static String of(Condition condition) {
        return condition(condition.id());
    }

    /** The name, without extension, of the files made for a program: {@code program-} and its id. */
    public static String of(Program program) {
        return program(program.id());
    }

    /** The name, without extension, of the files of the condition with this id. */
    public static String condition(String id) {
        return id;
    }

    /** The name, without extension, of the files of the program with this id. */
    public static String program(String id) {
        return "program-" + id;
    }

    /**
     * Why a file cannot be named {@code stem}, when a common file system refuses it; the names rehabdoc makes are
     * otherwise made of lowercase letters, digits and hyphens, which every file system takes.
     */
    public static Optional<String> unusable(String stem) {
        if (WINDOWS_DEVICES.contains(stem.toLowerCase(Locale.ROOT))) {
            return Optional.of("'" + stem + "' names a device on Windows, where a file " + stem
                    + ".pdf cannot be made");
        }
        return Optional.empty();
    }
}
