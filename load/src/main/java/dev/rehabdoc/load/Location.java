package dev.rehabdoc.load;

/**
 * A place in a source file, 1-based, as an editor shows it.
 *
 * @param file   the file as the user named it, or a name for embedded content
 * @param line   the line, from 1; 0 when the problem concerns the whole file
 * @param column the column, from 1; 0 when the problem concerns the whole file
 */
public record Location(String file, int line, int column) {

    /** The whole of a file, for problems that have no better place. */
    static Location of(String file) {
        return new Location(file, 0, 0);
    }

    @Override
    public String toString() {
        return line == 0 ? file : file + ":" + line + ":" + column;
    }
}
