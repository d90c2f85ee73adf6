package dev.rehabdoc.cli;

import dev.rehabdoc.export.json.BundleSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rehabdoc schema}: the JSON Schema of the bundles that {@code export -f json} writes. */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Prints the JSON Schema (draft 2020-12) of bundle.json, or writes it to a file.")
final class SchemaCommand implements Callable<Integer> {

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write the schema to FILE instead of printing it; FILE is replaced whole or not at all.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String schema = BundleSchema.text();
        PrintWriter out = spec.commandLine().getOut();
        if (file == null) {
            out.print(schema);
            out.flush();
            return 0;
        }
        try {
            TextFile.write(file, schema);
        } catch (IOException e) {
            spec.commandLine().getErr().println("rehabdoc: cannot write the schema to " + file + ": " + reason(e));
            return Main.PROBLEMS;
        }
        out.println("schema: wrote " + file);
        return 0;
    }

    private static String reason(IOException e) {
        return switch (e) {
            case AccessDeniedException denied -> "permission denied";
            case FileAlreadyExistsException inTheWay -> inTheWay.getFile() + " is a file, not a directory";
            case NoSuchFileException missing -> "no such file or directory: " + missing.getFile();
            case FileSystemException other when other.getReason() != null -> other.getReason();
            default -> e.toString();
        };
    }
}
