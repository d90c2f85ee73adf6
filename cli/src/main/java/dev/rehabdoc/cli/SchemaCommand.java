package dev.rehabdoc.cli;

import dev.rehabdoc.api.Rehabdoc;
import dev.rehabdoc.export.ExportException;
import dev.rehabdoc.export.FileFault;
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
        Optional<String> found = Rehabdoc.schema("json");
        if (found.isEmpty()) {
            spec.commandLine().getErr().println("rehabdoc: the schema is that of the json format, which is not "
                    + "installed");
            return Main.PROBLEMS;
        }
        String schema = found.get();
        PrintWriter out = spec.commandLine().getOut();
        if (file == null) {
            out.print(schema);
            out.flush();
            return 0;
        }
        try {
            OutputFile.write(file, List.of(), existing -> OutputFile.keepUnlessJson(existing, file.toString()),
                    bytes -> bytes.write(schema.getBytes(StandardCharsets.UTF_8)));
        } catch (ExportException e) {
            spec.commandLine().getErr().println("rehabdoc: " + e.getMessage());
            return Main.PROBLEMS;
        } catch (IOException e) {
            spec.commandLine().getErr().println("rehabdoc: cannot write the schema: " + FileFault.describe(e));
            return Main.PROBLEMS;
        }
        out.println("schema: wrote " + file);
        return 0;
    }
}
