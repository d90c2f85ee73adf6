package dev.rehabdoc.cli;

import dev.rehabdoc.export.ExportException;
import dev.rehabdoc.export.ExportOptions;
import dev.rehabdoc.export.ExportTarget;
import dev.rehabdoc.export.Exporter;
import dev.rehabdoc.export.Exporters;
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

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
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
        prepare(chosen);
        Optional<Catalog> loaded = source.load(err);
        if (loaded.isEmpty()) {
            return Main.PROBLEMS;
        }
        Catalog catalog = loaded.get();
        ExportOptions options = ExportOptions.defaults()
                .withTimestamp(timestamp(catalog))
                .withPageSize(pageSize)
                .withLargePrint(largePrint)
                .withCompact(compact)
                .withEmbedImages(embedImages)
                .withForce(force);

        List<Outcome> outcomes;
        try (Progress progress = Progress.of(err, chosen.stream().map(Exporter::formatId).toList())) {
            outcomes = runAll(chosen, catalog, options, progress);
        }
        int failures = 0;
        for (Outcome outcome : outcomes) {
            if (outcome.error() == null) {
                out.printf("%s: wrote %d %s to %s%n", outcome.format(), outcome.written().size(),
                        outcome.written().size() == 1 ? "file" : "files", displayed(out()));
                for (Path file : outcome.written()) {
                    out.println("  " + displayed(file));
                }
            } else {
                failures++;
                err.println("rehabdoc: " + outcome.format() + ": " + outcome.error() + " (nothing of this format "
                        + "was written; earlier files are as they were)");
            }
        }
        return failures == 0 ? 0 : Main.PROBLEMS;
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
    private List<Outcome> runAll(List<Exporter> exporters, Catalog catalog, ExportOptions options, Progress progress) {
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.min(exporters.size(),
                Runtime.getRuntime().availableProcessors()))) {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Exporter exporter : exporters) {
                futures.add(pool.submit(() -> {
                    Outcome outcome = runOne(exporter, catalog, options);
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

    private Outcome runOne(Exporter exporter, Catalog catalog, ExportOptions options) {
        try (ExportTarget target = ExportTarget.in(out)) {
            exporter.export(catalog, options, target);
            return new Outcome(exporter.formatId(), target.commit(), null);
        } catch (ExportException e) {
            return new Outcome(exporter.formatId(), List.of(), e.getMessage());
        } catch (java.nio.file.NotDirectoryException e) {
            return new Outcome(exporter.formatId(), List.of(), displayed(out) + " exists and is not a directory");
        } catch (java.nio.file.AccessDeniedException e) {
            return new Outcome(exporter.formatId(), List.of(), "permission denied: " + e.getFile());
        } catch (IOException e) {
            return new Outcome(exporter.formatId(), List.of(), "cannot write: " + e);
        }
    }

    /** The creation date of the outputs: fixed, so that exports are reproducible. */
    private Instant timestamp(Catalog catalog) {
        if (date != null) {
            return date.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d{1,12}")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch));
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

    private record Outcome(String format, List<Path> written, String error) {
    }
}
