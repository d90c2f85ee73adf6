package dev.rehabdoc.cli;

import dev.rehabdoc.api.FormatOutcome;
import dev.rehabdoc.api.Rehabdoc;
import dev.rehabdoc.export.ExportOptions;
import dev.rehabdoc.export.Exporter;
import dev.rehabdoc.export.Exporters;
import dev.rehabdoc.export.PageSize;
import dev.rehabdoc.load.ClinicResult;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Clinic;
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
import java.util.stream.Collectors;
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

    @Option(names = "--clinic", paramLabel = "FILE", description = "A .yaml or .json file with the clinic whose name "
            + "and contacts go on every handout and log, in place of any clinic in the source.")
    Path clinic;

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
        Exporters installed = Rehabdoc.formats();
        List<Exporter> chosen = choose(installed);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (chosen.isEmpty()) {
            err.println("rehabdoc: no export formats are installed, so nothing was written");
            return Main.PROBLEMS;
        }
        Optional<Instant> fixed = Optional.ofNullable(date).map(day -> day.atStartOfDay(ZoneOffset.UTC).toInstant());
        if (fixed.isEmpty()) {
            try {
                fixed = Values.sourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH"));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        Rehabdoc.prepare(chosen);
        Optional<Catalog> loaded = source.load(err);
        Optional<Clinic> given = clinic == null ? Optional.empty() : loadClinic(err);
        if (loaded.isEmpty() || (clinic != null && given.isEmpty())) {
            return Main.PROBLEMS;
        }
        Catalog catalog = given.map(loaded.get()::withClinic).orElse(loaded.get());
        ExportOptions options = ExportOptions.defaults()
                .withTimestamp(Rehabdoc.creationTime(catalog, fixed))
                .withPageSize(pageSize)
                .withLargePrint(largePrint)
                .withCompact(compact)
                .withEmbedImages(embedImages)
                .withForce(force);

        List<FormatOutcome> outcomes;
        try (Progress progress = Progress.of(err, chosen.stream().map(Exporter::formatId).toList())) {
            outcomes = Rehabdoc.export(catalog, chosen, options, this.out, Optional.ofNullable(source.source),
                    progress::finished);
        }
        int exit = 0;
        for (FormatOutcome outcome : outcomes) {
            switch (outcome) {
                case FormatOutcome.Written written -> {
                    out.printf("%s: wrote %s to %s%n", written.format(), Counted.of(written.files().size(), "file"),
                            displayed(this.out));
                    for (Path file : written.files()) {
                        out.println("  " + displayed(file));
                    }
                }
                case FormatOutcome.Refused refused -> {
                    exit = Math.max(exit, Main.PROBLEMS);
                    err.println("rehabdoc: " + refused.format() + ": " + refused.reason());
                }
                case FormatOutcome.Broken broken -> {
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

    /** The clinic of {@code --clinic}, or empty after printing its problems to {@code err}. */
    private Optional<Clinic> loadClinic(PrintWriter err) {
        return switch (Rehabdoc.loadClinic(clinic)) {
            case ClinicResult.Loaded loaded -> Optional.of(loaded.clinic());
            case ClinicResult.Failed failed -> {
                ProblemList.print(err, failed.problems(), clinic.toString(), "; nothing was written");
                yield Optional.empty();
            }
        };
    }

    private List<Exporter> choose(Exporters installed) {
        if (formats.isEmpty()) {
            return installed.all();
        }
        List<Exporter> chosen = new ArrayList<>();
        for (String id : new LinkedHashSet<>(formats)) {
            chosen.add(installed.find(id).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "unknown format '" + id + "'; the installed formats are: " + (installed.formatIds().isEmpty()
                            ? "none" : String.join(", ", installed.formatIds()) + installed.all().stream()
                                    .map(format -> System.lineSeparator() + "  " + format.formatId() + ": "
                                            + format.description())
                                    .collect(Collectors.joining())))));
        }
        return chosen;
    }

    private static String displayed(Path path) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(here) && !absolute.equals(here) ? here.relativize(absolute).toString()
                : absolute.toString();
    }
}
