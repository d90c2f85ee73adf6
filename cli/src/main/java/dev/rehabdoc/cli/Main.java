package dev.rehabdoc.cli;

import dev.rehabdoc.export.RehabdocVersion;
import dev.rehabdoc.load.CatalogLoader;
import dev.rehabdoc.export.FileFault;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code rehabdoc} command and its subcommands. */
@Command(
        name = "rehabdoc",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Turns exercise content written in YAML into patient handouts, exercise logs and JSON.",
        footer = {"", "Exit codes: 0 done, 1 the source or an output has problems, 2 usage error, 70 internal error."})
public final class Main implements Runnable {

    /** Exit code when the source or an output has a problem the user can fix. */
    static final int PROBLEMS = 1;
    /** Exit code of a bug: something failed that should not have. */
    static final int INTERNAL_ERROR = 70;

    /** The subcommands that load a source. */
    private static final Set<String> LOADING = Set.of("validate", "list", "export", "check");
    /** The subcommands, in the order the usage lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // picocli looks for Groovy's closure class unless told not to, and a class that is not there is looked for in
        // every jar of the class path: about 10 ms of every start.
        System.setProperty("picocli.disable.closures", "true");
        // Not System.out: a PrintStream keeps its failures to itself.
        StandardOutput stdout = new StandardOutput(new FileOutputStream(FileDescriptor.out));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, System.out.charset()), true);
        System.exit(run(out, new PrintWriter(System.err, true), stdout::fault, args));
    }

    /** Runs the command line with the given streams and returns the exit code. */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, () -> null, args);
    }

    /**
     * Runs the command line and returns the exit code: 1 when standard output could not be written, whatever the
     * command did, since its output is lost. {@code outFault} says why, where it is known.
     */
    static int run(PrintWriter out, PrintWriter err, Supplier<IOException> outFault, String... args) {
        int code = execute(out, err, args);
        if (!out.checkError()) {
            return code;
        }
        IOException fault = outFault.get();
        if (fault == null || !StandardOutput.readerLeft(fault)) {
            err.println("rehabdoc: cannot write to standard output: "
                    + (fault == null ? "it is closed or full" : FileFault.reason(fault)));
        }
        return code == 0 ? PROBLEMS : code;
    }

    private static int execute(PrintWriter out, PrintWriter err, String... args) {
        if (args.length > 0 && LOADING.contains(args[0])) {
            // The validator takes longer to build than picocli to parse the arguments: start it first.
            CatalogLoader.prepare();
        }
        CommandLine commandLine = new CommandLine(new Main());
        // picocli describes a command by reading its annotations, which takes a while on a fresh JVM: a run that
        // names a command describes only that one; help, usage errors and suggestions get them all.
        Supplier<Object> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
        if (named != null) {
            commandLine.addSubcommand(args[0], named.get());
        } else {
            COMMANDS.forEach((name, command) -> commandLine.addSubcommand(name, command.get()));
            commandLine.addSubcommand("help", new CommandLine.HelpCommand());
        }
        // Every path option and parameter: an empty path would quietly mean the working directory.
        commandLine.registerConverter(java.nio.file.Path.class, new Values.NonEmptyPath());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true); // --page-size letter, as people write it
        commandLine.setExecutionExceptionHandler((exception, line, parsed) -> {
            line.getErr().println("rehabdoc: internal error: " + exception
                    + " (this is a bug; run with REHABDOC_DEBUG=1 to see where it happened)");
            if (System.getenv("REHABDOC_DEBUG") != null) {
                exception.printStackTrace(line.getErr());
            }
            return INTERNAL_ERROR;
        });
        return commandLine.execute(args);
    }

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("validate", ValidateCommand::new);
        commands.put("list", ListCommand::new);
        commands.put("export", ExportCommand::new);
        commands.put("import-log", ImportLogCommand::new);
        commands.put("check", CheckCommand::new);
        commands.put("schema", SchemaCommand::new);
        return commands;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version the build stamped. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"rehabdoc " + RehabdocVersion.current(),
                    "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ")"};
        }
    }
}
