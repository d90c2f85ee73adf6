package dev.rehabdoc.cli;

import dev.rehabdoc.export.ExportException;
import dev.rehabdoc.export.ExportOptions;
import dev.rehabdoc.export.ExportTarget;
import dev.rehabdoc.export.Exporter;
import dev.rehabdoc.export.Exporters;
import dev.rehabdoc.export.FileFault;
import dev.rehabdoc.export.PageSize;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Publication;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code rehabdoc export}: writes a source in every asked-for format. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Writes handouts, logs and bundles of a source into a directory.")
final class ExportCommand implements Callable<Integer> {

    @Mixin
    SourceArgument source;

    @Option(names = {"-f", "--format"}, paramLabel = "ID",
            description = "A format to write; repeat for several. Default: every installed format.")
    List<String> formats = new ArrayList<>();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out",
            description = "The directory to write into (created if missing). Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--page-size", paramLabel = "SIZE", defaultValue = "A4",
            description = "Paper for handouts: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    PageSize pageSize;

    @Option(names = "--large-print", description = "Lay handouts out in large print.")
    boolean largePrint;

    @Option(names = "--compact", description = "Write JSON without indentation.")
    boolean compact;

    @Option(names = "--embed-images", description = "Put images inside JSON bundles as data URIs instead of beside them.")
    boolean embedImages;

    @Option(names = "--force", description = "Replace exercise logs that already have entries typed into them.")
    boolean force;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = Values.CreationDate.class,
            description = "The creation date written into outputs. Default: $SOURCE_DATE_EPOCH, else the "
                    + "publication's updated date, else 1970-01-01; so the same source gives the same files.")
    LocalDate date;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Exporters installed = Exporters.discover();
        List<Exporter> chosen = choose(installed);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (chosen.isEmpty()) {
            err.println("rehabdoc: no export formats are installed, so nothing was written");
            return Main.PROBLEMS;
        }
        Optional<Instant> epoch = Optional.empty();
        if (date == null) {
            try {
                epoch = Values.sourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH"));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        prepare(chosen);
        Optional<Catalog> loaded = source.load(err);
        if (loaded.isEmpty()) {
            return Main.PROBLEMS;
        }
        Catalog catalog = loaded.get();
        ExportOptions options = ExportOptions.defaults()
                .withTimestamp(timestamp(catalog, epoch))
                .withPageSize(pageSize)
                .withLargePrint(largePrint)
                .withCompact(compact)
                .withEmbedImages(embedImages)
                .withForce(force);

        List<Path> inputs = new ArrayList<>();
        if (source.source != null) {
            inputs.add(source.source);
        }
        catalog.exercises().forEach(exercise -> exercise.images().forEach(image -> inputs.add(image.path())));

        List<Outcome> outcomes;
        try (Progress progress = Progress.of(err, chosen.stream().map(Exporter::formatId).toList())) {
            outcomes = runAll(chosen, catalog, options, inputs, progress);
        }
        int exit = 0;
        for (Outcome outcome : outcomes) {
            switch (outcome) {
                case Outcome.Written written -> {
                    out.printf("%s: wrote %d %s to %s%n", written.format(), written.files().size(),
                            written.files().size() == 1 ? "file" : "files", displayed(out()));
                    for (Path file : written.files()) {
                        out.println("  " + displayed(file));
                    }
                }
                case Outcome.Refused refused -> {
                    exit = Math.max(exit, Main.PROBLEMS);
                    err.println("rehabdoc: " + refused.format() + ": " + refused.reason());
                }
                case Outcome.Broken broken -> {
                    exit = Main.INTERNAL_ERROR;
                    err.println("rehabdoc: " + broken.format() + ": internal error: " + broken.bug()
                            + " (this is a bug; nothing of this format was written, and earlier files are as they "
                            + "were; run with REHABDOC_DEBUG=1 to see where it happened)");
                    if (System.getenv("REHABDOC_DEBUG") != null) {
                        broken.bug().printStackTrace(err);
                    }
                }
            }
        }
        return exit;
    }

    private List<Exporter> choose(Exporters installed) {
        if (formats.isEmpty()) {
            return installed.all();
        }
        List<Exporter> chosen = new ArrayList<>();
        for (String id : new LinkedHashSet<>(formats)) {
            chosen.add(installed.find(id).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "unknown format '" + id + "'; the installed formats are: "
                            + (installed.formatIds().isEmpty() ? "none" : String.join(", ", installed.formatIds())))));
        }
        return chosen;
    }

    /**
     * Has each exporter ready what it needs (fonts, a spreadsheet library's start-up) on a thread of its own while the
     * source loads: on a fresh JVM that is most of a second of work, which a spare processor can do meanwhile.
     */
    private static void prepare(List<Exporter> exporters) {
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

    /** Runs the exporters side by side, each into its own all-or-nothing target. */
    private List<Outcome> runAll(List<Exporter> exporters, Catalog catalog, ExportOptions options, List<Path> inputs,
            Progress progress) {
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.min(exporters.size(),
                Runtime.getRuntime().availableProcessors()))) {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Exporter exporter : exporters) {
                futures.add(pool.submit(() -> {
                    Outcome outcome = runOne(exporter, catalog, options, inputs);
                    progress.finished(exporter.formatId());
                    return outcome;
                }));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
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
     * Writes one format and commits it. Every failure becomes that format's outcome, so that the other formats are
     * still written and reported: a problem of the user's (a full disk, a file in the way, a log with entries) is
     * refused with its reason; anything else is a bug of this format.
     */
    private Outcome runOne(Exporter exporter, Catalog catalog, ExportOptions options, List<Path> inputs) {
        String format = exporter.formatId();
        try (ExportTarget target = ExportTarget.in(out, inputs)) {
            try {
                exporter.export(catalog, options, target);
            } catch (ExportException e) {
                return new Outcome.Refused(format, e.getMessage() + UNTOUCHED);
            } catch (IOException e) {
                return new Outcome.Refused(format, FileFault.describe(e) + UNTOUCHED);
            }
            try {
                return new Outcome.Written(format, target.commit());
            } catch (ExportException e) {
                return new Outcome.Refused(format, e.getMessage()); // says itself what became of earlier files
            }
        } catch (java.nio.file.NotDirectoryException e) {
            return new Outcome.Refused(format, displayed(out) + " exists and is not a directory" + UNTOUCHED);
        } catch (IOException e) {
            return new Outcome.Refused(format, FileFault.describe(e) + UNTOUCHED);
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause != null && !(cause instanceof IOException)) {
                cause = cause.getCause();
            }
            return cause instanceof IOException io ? new Outcome.Refused(format, FileFault.describe(io) + UNTOUCHED)
                    : new Outcome.Broken(format, e);
        }
    }

    /** The creation date of the outputs: fixed, so that exports are reproducible. */
    private Instant timestamp(Catalog catalog, Optional<Instant> epoch) {
        if (date != null) {
            return date.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        if (epoch.isPresent()) {
            return epoch.get();
        }
        return catalog.publication()
                .map(Publication::updated)
                .map(updated -> updated.atStartOfDay(ZoneOffset.UTC).toInstant())
                .orElse(Instant.EPOCH);
    }

    private Path out() {
        return out;
    }

    private static String displayed(Path path) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(here) && !absolute.equals(here) ? here.relativize(absolute).toString()
                : absolute.toString();
    }

    /** What a failed format says of the files already there: all of it holds, as the export target promises. */
    private static final String UNTOUCHED = "; nothing of this format was written, and earlier files are as they were";

    /** How one format's export ended. */
    private sealed interface Outcome {
        String format();

        /** Every file of the format is in place. */
        record Written(String format, List<Path> files) implements Outcome {
        }

        /** Not written, for a reason the user can mend. */
        record Refused(String format, String reason) implements Outcome {
        }

        /** Not written, because of a bug. */
        record Broken(String format, Throwable bug) implements Outcome {
        }
    }
}
