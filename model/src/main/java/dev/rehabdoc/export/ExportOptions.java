package dev.rehabdoc.export;

import java.time.Instant;
import java.util.Objects;

/**
 * The options every exporter reads; each takes what concerns its format and ignores the rest.
 *
 * @param timestamp   the date written into outputs as their creation date; fixed, so that the same source and
 *                    options give the same bytes
 * @param pageSize    the paper handouts are laid out for
 * @param largePrint  whether handouts use large print
 * @param compact     whether text formats leave out indentation
 * @param embedImages whether images go inside the output (as data URIs) rather than beside it
 * @param force       whether files a user has worked on may be replaced
 * @param version     the rehabdoc version that writes the outputs
 */
public record ExportOptions(
        Instant timestamp,
        PageSize pageSize,
        boolean largePrint,
        boolean compact,
        boolean embedImages,
        boolean force,
        String version) {

    public ExportOptions {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(pageSize, "pageSize");
        Objects.requireNonNull(version, "version");
    }

    /** A4, normal print, pretty text, images beside the output, nothing replaced, dated at the Unix epoch. */
    public static ExportOptions defaults() {
        return new ExportOptions(Instant.EPOCH, PageSize.A4, false, false, false, false, RehabdocVersion.current());
    }

    public ExportOptions withTimestamp(Instant timestamp) {
        return new ExportOptions(timestamp, pageSize, largePrint, compact, embedImages, force, version);
    }

    public ExportOptions withPageSize(PageSize pageSize) {
        return new ExportOptions(timestamp, pageSize, largePrint, compact, embedImages, force, version);
    }

    public ExportOptions withLargePrint(boolean largePrint) {
        return new ExportOptions(timestamp, pageSize, largePrint, compact, embedImages, force, version);
    }

    public ExportOptions withCompact(boolean compact) {
        return new ExportOptions(timestamp, pageSize, largePrint, compact, embedImages, force, version);
    }

    public ExportOptions withEmbedImages(boolean embedImages) {
        return new ExportOptions(timestamp, pageSize, largePrint, compact, embedImages, force, version);
    }

    public ExportOptions withForce(boolean force) {
        return new ExportOptions(timestamp, pageSize, largePrint, compact, embedImages, force, version);
    }
}
