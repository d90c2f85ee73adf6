package dev.rehabdoc.export;

import dev.rehabdoc.model.Catalog;
import java.io.IOException;

/**
 * Turns a validated catalog into the files of one format. Implementations are registered in
 * {@code META-INF/services/dev.rehabdoc.export.Exporter} and must have a public no-argument constructor.
 */
public interface Exporter {

    /** The id users name the format by, such as {@code pdf}: lowercase, unique among exporters. */
    String formatId();

    /** The extension of the files it writes, without the dot, such as {@code pdf}. */
    String fileExtension();

    /** What it makes, in a line, for {@code --help} and listings. */
    String description();

    /**
     * Writes this format's files for the catalog into the target. Nothing is visible in the target's directory
     * until the caller commits it, so a failure leaves earlier outputs as they were.
     *
     * @throws ExportException when the content cannot be expressed in this format, or a user's file would be lost
     * @throws IOException     when writing fails
     */
    void export(Catalog catalog, ExportOptions options, ExportTarget target) throws ExportException, IOException;
}
