package dev.rehabdoc.cli;

import java.io.PrintWriter;
import java.util.List;

/** How a command reports the problems of a source or a log: the first ones, then how many there are in all. */
final class ProblemList {
    /** More problems than this are counted, not listed: past it they are almost always one mistake repeated. */
    static final int MAX_SHOWN = 200;

    private ProblemList() {
    }

    /**
     * Prints the first {@link #MAX_SHOWN} problems, one a line, and {@code name}'s count of them followed by
     * {@code outcome} (such as "; nothing was written"), on {@code err}.
     */
    static void print(PrintWriter err, List<?> problems, String name, String outcome) {
        problems.stream().limit(MAX_SHOWN).forEach(err::println);
        int count = problems.size();
        if (count > MAX_SHOWN) {
            err.println("... and " + (count - MAX_SHOWN) + " more; fix these first");
        }
        err.println(name + ": " + Counted.of(count, "problem") + outcome);
    }
}
