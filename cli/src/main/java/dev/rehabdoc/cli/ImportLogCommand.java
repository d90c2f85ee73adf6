package dev.rehabdoc.cli;

import dev.rehabdoc.api.Rehabdoc;
import dev.rehabdoc.export.ExportException;
import dev.rehabdoc.export.FileFault;
import dev.rehabdoc.export.LogImporter;
import dev.rehabdoc.export.OutputFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rehabdoc import-log}: reads a filled exercise log and writes the patient's progress as JSON. */
@Command(name = "import-log", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Reads an exercise log (program-<id>.xlsx) a physiotherapist filled in and writes the "
                + "patient's progress as JSON: each session's entries, adherence and average pain per week and per "
                + "exercise, and the pain trend.",
                "Every cell that cannot be read is reported as FILE:Sheet!B7: message, and nothing is written."})
final class ImportLogCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE.xlsx", description = "The filled exercise log.")
    Path log;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE.json",
            description = "Where to write the progress (replaced all at once). Default: standard output.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String name = log.toString();
        Optional<LogImporter> importer = Rehabdoc.logImporter("xlsx");
        if (importer.isEmpty()) {
            err.println("rehabdoc: reading exercise logs needs the xlsx format, which is not installed");
            return Main.PROBLEMS;
        }
        LogImporter.Result result;
        try {
            result = importer.get().read(log, name);
        } catch (IOException e) {
            err.println("rehabdoc: " + name + ": cannot be read: " + e.getMessage());
            return Main.PROBLEMS;
        }
        if (!result.ok()) {
            ProblemList.print(err, result.problems(), name, "; nothing was written");
            return Main.PROBLEMS;
        }
        if (out == null) {
            spec.commandLine().getOut().print(result.json());
            spec.commandLine().getOut().println();
            spec.commandLine().getOut().flush();
            return 0;
        }
        byte[] json = (result.json() + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);
        try {
            OutputFile.write(out, List.of(log), existing -> OutputFile.keepUnlessJson(existing, out.toString()),
                    file -> file.write(json));
        } catch (ExportException e) {
            err.println("rehabdoc: " + e.getMessage());
            return Main.PROBLEMS;
        } catch (IOException e) {
            err.println("rehabdoc: cannot write the progress: " + FileFault.describe(e));
            return Main.PROBLEMS;
        }
        spec.commandLine().getOut().println(name + ": progress written to " + out);
        return 0;
    }
}
