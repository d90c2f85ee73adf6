package dev.rehabdoc.export;

import java.time.Instant;
import java.util.Objects;

/**
 * The options every exporter reads, grouped by what they concern; each format takes what concerns it and ignores
 * the rest. A new option goes into the group it concerns (a new group, rarely, here), so that adding one changes
 * that group's record alone.
 *
 * @param timestamp the date written into outputs as their creation date; fixed, so that the same source and options
 *                  give the same bytes
 * @param handouts  how printed handouts are laid out
 * @param bundles   how data bundles (JSON, FHIR) are written
 * @param force     whether files a user has worked on (an exercise log with entries) may be replaced
 * @param version   the rehabdoc version that writes the outputs
 */
public record ExportOptions(Instant timestamp, Handouts handouts, Bundles bundles, boolean force, String version) {

    public ExportOptions {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(handouts, "handouts");
        Objects.requireNonNull(bundles, "bundles");
        Objects.requireNonNull(version, "version");
    }

    /**
     * How printed handouts (and a log's print setup) are laid out.
     *
     * @param pageSize   the paper
     * @param largePrint whether they use large print
     */
    public record Handouts(PageSize pageSize, boolean largePrint) {
        /** A4 in normal print. */
        public static final Handouts DEFAULT = new Handouts(PageSize.A4, false);

        public Handouts {
            Objects.requireNonNull(pageSize, "pageSize");
        }

        public Handouts withPageSize(PageSize pageSize) {
            return new Handouts(pageSize, largePrint);
        }

        public Handouts withLargePrint(boolean largePrint) {
            return new Handouts(pageSize, largePrint);
        }
    }

    /**
     * How data bundles are written.
     *
     * @param compact     whether they leave out indentation
     * @param embedImages whether images go inside them (as data URIs) rather than beside them
     */
    public record Bundles(boolean compact, boolean embedImages) {
        /** Indented, with images beside the bundle. */
        public static final Bundles DEFAULT = new Bundles(false, false);

        public Bundles withCompact(boolean compact) {
            return new Bundles(compact, embedImages);
        }

        public Bundles withEmbedImages(boolean embedImages) {
            return new Bundles(compact, embedImages);
        }
    }

    /** A4, normal print, indented bundles with images beside them, nothing replaced, dated at the Unix epoch. */
    public static ExportOptions defaults() {
        return new ExportOptions(Instant.EPOCH, Handouts.DEFAULT, Bundles.DEFAULT, false, RehabdocVersion.current());
    }

    public ExportOptions withTimestamp(Instant timestamp) {
        return new ExportOptions(timestamp, handouts, bundles, force, version);
    }

    public ExportOptions withHandouts(Handouts handouts) {
        return new ExportOptions(timestamp, handouts, bundles, force, version);
    }

    public ExportOptions withBundles(Bundles bundles) {
        return new ExportOptions(timestamp, handouts, bundles, force, version);
    }

    public ExportOptions withForce(boolean force) {
        return new ExportOptions(timestamp, handouts, bundles, force, version);
    }

    /** {@link #withHandouts} with the paper changed. */
    public ExportOptions withPageSize(PageSize pageSize) {
        return withHandouts(handouts.withPageSize(pageSize));
    }

    /** {@link #withHandouts} with large print on or off. */
    public ExportOptions withLargePrint(boolean largePrint) {
        return withHandouts(handouts.withLargePrint(largePrint));
    }

    /** {@link #withBundles} with indentation left out or not. */
    public ExportOptions withCompact(boolean compact) {
        return withBundles(bundles.withCompact(compact));
    }

    /** {@link #withBundles} with images inside or beside. */
    public ExportOptions withEmbedImages(boolean embedImages) {
        return withBundles(bundles.withEmbedImages(embedImages));
    }
}
