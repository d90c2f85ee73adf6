package dev.rehabdoc.cli;

import dev.rehabdoc.export.xlsx.ExerciseLogReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
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
        ExerciseLogReader.Result result;
        try {
            result = ExerciseLogReader.read(log, name);
        } catch (IOException e) {
            err.println("rehabdoc: " + name + ": cannot be read: " + e.getMessage());
            return Main.PROBLEMS;
        }
        if (!result.ok()) {
            result.problems().forEach(err::println);
            int count = result.problems().size();
            err.println(name + ": " + count + (count == 1 ? " problem" : " problems") + "; nothing was written");
            return Main.PROBLEMS;
        }
        if (out == null) {
            spec.commandLine().getOut().print(result.json());
            spec.commandLine().getOut().println();
            spec.commandLine().getOut().flush();
            return 0;
        }
        try {
            writeAtomically(out, result.json());
        } catch (IOException e) {
            err.println("rehabdoc: " + out + ": cannot be written: " + e.getMessage());
            return Main.PROBLEMS;
        }
        spec.commandLine().getOut().println(name + ": progress written to " + out);
        return 0;
    }

    /** Writes to a temporary file beside {@code file}, then moves it into place, so a reader never sees half. */
    private static void writeAtomically(Path file, String json) throws IOException {
        Path absolute = file.toAbsolutePath();
        // Not Files.createTempFile: its files are readable by their owner only, and a progress report is shared.
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            Files.writeString(temporary, json + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
