package dev.rehabdoc.api;

import java.nio.file.Path;
import java.util.List;

/** How the export of one format ended: every file written, or none of them and why. */
public sealed interface FormatOutcome {

    /** The format's id, such as {@code pdf}. */
    String format();

    /**
     * Every file of the format is in place.
     *
     * @param files the files written, sorted
     */
    record Written(String format, List<Path> files) implements FormatOutcome {
        public Written {
            files = List.copyOf(files);
        }
    }

    /**
     * Nothing of the format was written, for a reason its user can mend: the content cannot be expressed in it, a
     * file with entries typed into it is in the way, the disk is full.
     *
     * @param reason a sentence for the user, ending with what became of the files already there
     */
    record Refused(String format, String reason) implements FormatOutcome {
    }

    /** Nothing of the format was written, because of a bug in it. */
    record Broken(String format, Throwable bug) implements FormatOutcome {
    }
}
