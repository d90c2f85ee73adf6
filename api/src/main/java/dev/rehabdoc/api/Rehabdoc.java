package dev.rehabdoc.api;

import dev.rehabdoc.data.EmbeddedContent;
import dev.rehabdoc.export.ExportException;
import dev.rehabdoc.export.ExportOptions;
import dev.rehabdoc.export.ExportTarget;
import dev.rehabdoc.export.Exporter;
import dev.rehabdoc.export.Exporters;
import dev.rehabdoc.export.FileFault;
import dev.rehabdoc.export.LogImporter;
import dev.rehabdoc.load.CatalogLoader;
import dev.rehabdoc.load.ClinicResult;
import dev.rehabdoc.load.LoadResult;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Publication;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * rehabdoc as a library: the one entry point for the command line, a server and Java programs. Load a source into
 * a validated {@link Catalog} or its located problems; export a catalog in the installed formats, into a directory
 * (each format all or nothing) or into memory; read a filled exercise log back into progress; the formats' schemas.
 * The formats are found on the class path ({@link Exporters#discover()}), so a caller compiles against no format.
 */
public final class Rehabdoc {
    /** What a failed format says of the files already there: all of it holds, as the export target promises. */
    private static final String UNTOUCHED = "; nothing of this format was written, and earlier files are as they were";

    private Rehabdoc() {
    }

    /** Loads a source: a .yaml, .yml or .json file, or a directory of them. */
    public static LoadResult load(Path source) {
        return CatalogLoader.load(source);
    }

    /** Loads a source read from a stream; {@code name} is how problems name it. */
    public static LoadResult load(String name, InputStream content) {
        return CatalogLoader.load(name, content);
    }

    /**
     * Loads a clinic file: a .yaml, .yml or .json mapping with a {@code clinic}, validated like a source, for
     * {@link Catalog#withClinic} to brand content that was written without it.
     */
    public static ClinicResult loadClinic(Path file) {
        return CatalogLoader.loadClinic(file);
    }

    /** Loads the embedded article, the content rehabdoc comes with. */
    public static LoadResult embedded() {
        return EmbeddedContent.load();
    }

    /** How problems name the embedded article. */
    public static String embeddedName() {
        return EmbeddedContent.NAME;
    }

    /** The formats installed on the class path. */
    public static Exporters formats() {
        return Exporters.discover();
    }

    /**
     * Has each exporter ready what it needs (fonts, a spreadsheet library's start-up) on a thread of its own, for a
     * caller to call before loading a source: on a fresh JVM that is most of a second of work, which a spare
     * processor can do meanwhile. Optional; the export works without it.
     */
    public static void prepare(List<Exporter> exporters) {
        CatalogLoader.prepare();
        for (Exporter exporter : exporters) {
            Thread.ofPlatform().name("prepare-" + exporter.formatId()).daemon().start(() -> {
                try {
                    exporter.prepare();
                } catch (RuntimeException | LinkageError e) {
                    // Preparing only saves time: the export itself meets the same problem and reports it.
                }
            });
        }
    }

    /**
     * The creation date to write into a catalog's outputs: {@code fixed} when given (a date the user chose, or
     * {@code SOURCE_DATE_EPOCH}), else the publication's updated date, else the Unix epoch; never the clock, so
     * that the same source gives the same files.
     */
    public static Instant creationTime(Catalog catalog, Optional<Instant> fixed) {
        return fixed.orElseGet(() -> catalog.publication()
                .map(Publication::updated)
                .map(updated -> updated.atStartOfDay(ZoneOffset.UTC).toInstant())
                .orElse(Instant.EPOCH));
    }

    /**
     * Exports {@code catalog} in each of {@code formats} into {@code directory}, side by side, each format into a
     * target of its own: a format is written whole or not at all, and one failing does not stop the others.
     *
     * @param source     the source the catalog was loaded from, which no output may replace; empty for one that
     *                   is not a file (the embedded article, a stream)
     * @param onFinished told each format's id as it ends, from the thread that ran it
     * @return each format's outcome, in the order of {@code formats}
     */
    public static List<FormatOutcome> export(Catalog catalog, List<Exporter> formats, ExportOptions options,
            Path directory, Optional<Path> source, Consumer<String> onFinished) {
        List<Path> inputs = new ArrayList<>();
        source.ifPresent(inputs::add);
        catalog.exercises().forEach(exercise -> exercise.images().forEach(image -> inputs.add(image.path())));
        if (formats.isEmpty()) {
            return List.of();
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.min(formats.size(),
                Runtime.getRuntime().availableProcessors()))) {
            List<Future<FormatOutcome>> futures = new ArrayList<>();
            for (Exporter exporter : formats) {
                futures.add(pool.submit(() -> {
                    FormatOutcome outcome = exportOne(exporter, catalog, options, directory, inputs);
                    onFinished.accept(exporter.formatId());
                    return outcome;
                }));
            }
            List<FormatOutcome> outcomes = new ArrayList<>();
            for (Future<FormatOutcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while exporting", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /**
     * Exports {@code catalog} in each of {@code formats} into memory, for a server answering a request: the files
     * by their relative names ({@code bundle.json}, {@code images/cat-cow.png}), in the order of the formats and
     * then of their names, and each format's outcome. Written through a scratch directory that is removed after.
     *
     * @throws IOException when the scratch directory cannot be made or read
     */
    public static InMemory exportToMemory(Catalog catalog, List<Exporter> formats, ExportOptions options)
            throws IOException {
        Path scratch = Files.createTempDirectory("rehabdoc-export-");
        try {
            List<FormatOutcome> outcomes = export(catalog, formats, options, scratch, Optional.empty(), format -> {
            });
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (FormatOutcome outcome : outcomes) {
                if (outcome instanceof FormatOutcome.Written written) {
                    for (Path file : written.files()) {
                        files.put(scratch.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                    }
                }
            }
            return new InMemory(files, outcomes);
        } finally {
            delete(scratch);
        }
    }

    /**
     * What {@link #exportToMemory} gave.
     *
     * @param files    every file written, by relative name
     * @param outcomes each format's outcome; a {@link FormatOutcome.Written}'s paths no longer exist
     */
    public record InMemory(Map<String, byte[]> files, List<FormatOutcome> outcomes) {
        public InMemory {
            files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
            outcomes = List.copyOf(outcomes);
        }
    }

    /** The installed reader of filled files of {@code format}, such as the exercise logs of {@code xlsx}. */
    public static Optional<LogImporter> logImporter(String format) {
        return LogImporter.find(format);
    }

    /** The published JSON Schema of what {@code format} writes, if it is installed and has one. */
    public static Optional<String> schema(String format) {
        return formats().find(format).flatMap(Exporter::schema);
    }

    /**
     * Writes one format and commits it. Every failure becomes that format's outcome: a problem of the user's (a full
     * disk, a file in the way, a log with entries) is refused with its reason; anything else is a bug of the format.
     */
    private static FormatOutcome exportOne(Exporter exporter, Catalog catalog, ExportOptions options, Path directory,
            List<Path> inputs) {
        String format = exporter.formatId();
        try (ExportTarget target = ExportTarget.in(directory, inputs)) {
            try {
                exporter.export(catalog, options, target);
            } catch (ExportException e) {
                return new FormatOutcome.Refused(format, e.getMessage() + UNTOUCHED);
            } catch (IOException e) {
                return new FormatOutcome.Refused(format, FileFault.describe(e) + UNTOUCHED);
            }
            try {
                return new FormatOutcome.Written(format, target.commit());
            } catch (ExportException e) {
                return new FormatOutcome.Refused(format, e.getMessage()); // says itself what became of earlier files
            }
        } catch (NotDirectoryException e) {
            return new FormatOutcome.Refused(format, directory + " exists and is not a directory" + UNTOUCHED);
        } catch (IOException e) {
            return new FormatOutcome.Refused(format, FileFault.describe(e) + UNTOUCHED);
        } catch (RuntimeException e) {
            // A library that writes for a format may wrap a fault of the disk into an exception of its own.
            Throwable cause = e;
            while (cause != null && !(cause instanceof IOException)) {
                cause = cause.getCause();
            }
            return cause instanceof IOException io
                    ? new FormatOutcome.Refused(format, FileFault.describe(io) + UNTOUCHED)
                    : new FormatOutcome.Broken(format, e);
        }
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
