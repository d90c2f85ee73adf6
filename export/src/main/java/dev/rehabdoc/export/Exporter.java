package dev.rehabdoc.export;

import dev.rehabdoc.model.Catalog;
import java.io.IOException;
import java.util.Optional;

/**
 * Turns a validated catalog into the files of one format. Implementations are registered in
 * {@code META-INF/services/dev.rehabdoc.export.Exporter} and must have a public no-argument constructor.
 */
public interface Exporter {

    /** The id users name the format by, such as {@code pdf}: lowercase, unique among exporters. */
    String formatId();

    /** What it makes, in a line, for {@code --help} and listings. */
    String description();

    /**
     * The published schema of what this format writes, as JSON Schema text, for other systems to check its files
     * against; empty for a format without one.
     */
    default Optional<String> schema() {
        return Optional.empty();
    }

    /**
     * Readies what every export of this format needs whatever the catalog, such as parsed fonts or a library's own
     * start-up, so that a caller with a spare processor can do it while the source is still loading. Optional: an
     * export must work without it, and may run while it is still under way, so anything it readies is made safe to
     * share (a class's static initialisation, for one). Problems are left for {@link #export} to report.
     */
    default void prepare() {
    }

    /**
     * Writes this format's files for the catalog into the target. Nothing is visible in the target's directory
     * until the caller commits it, so a failure leaves earlier outputs as they were.
     *
     * @throws ExportException when the content cannot be expressed in this format, or a user's file would be lost
     * @throws IOException     when writing fails
     */
    void export(Catalog catalog, ExportOptions options, ExportTarget target) throws ExportException, IOException;
}
