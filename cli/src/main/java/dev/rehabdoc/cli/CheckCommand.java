package dev.rehabdoc.cli;

import dev.rehabdoc.check.CheckReport;
import dev.rehabdoc.check.ContentCheck;
import dev.rehabdoc.check.ReportWriter;
import dev.rehabdoc.model.Catalog;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rehabdoc check}: is the content readable and actionable. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Reports how readable and actionable the handouts are: reading grade, long sentences, passive "
                + "voice, undefined medical terms, steps that are not actions, missing doses, image captions and "
                + "licences.", "Findings are advice and never block an export."})
final class CheckCommand implements Callable<Integer> {

    /** How a report is written. */
    enum Format { text, json }

    @Mixin
    SourceArgument source;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--fail-over", paramLabel = "GRADE", converter = Values.Grade.class,
            description = "Exit 1 when any summary or set of steps reads above this grade, for CI.")
    Double failOver;

    @Option(names = "--grade-target", paramLabel = "GRADE", defaultValue = "8", converter = Values.Grade.class,
            description = "The grade texts are measured against. Default: ${DEFAULT-VALUE}, as NIH advises for "
                    + "patient material.")
    double gradeTarget;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Optional<Catalog> catalog = source.load(spec.commandLine().getErr());
        if (catalog.isEmpty()) {
            return Main.PROBLEMS;
        }
        CheckReport report = ContentCheck.check(catalog.get());
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case text -> ReportWriter.text(report, failOver != null ? failOver : gradeTarget, out);
            case json -> {
                ReportWriter.json(report, failOver != null ? failOver : gradeTarget, out);
                out.println();
            }
        }
        out.flush();
        if (failOver != null && !report.scoresOver(failOver).isEmpty()) {
            int over = report.scoresOver(failOver).size();
            spec.commandLine().getErr().printf("rehabdoc: %s above grade %s%n",
                    Counted.of(over, "text reads", "texts read"),
                    java.math.BigDecimal.valueOf(failOver).stripTrailingZeros().toPlainString());
            return Main.PROBLEMS;
        }
        return 0;
    }
}
