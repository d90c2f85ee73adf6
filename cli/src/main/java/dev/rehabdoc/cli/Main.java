package dev.rehabdoc.cli;

import dev.rehabdoc.export.RehabdocVersion;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code rehabdoc} command and its subcommands. */
@Command(
        name = "rehabdoc",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Turns exercise content written in YAML into patient handouts, exercise logs and JSON.",
        subcommands = {ValidateCommand.class, ListCommand.class, ExportCommand.class, ImportLogCommand.class,
                CheckCommand.class, SchemaCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 done, 1 the source or an output has problems, 2 usage error, 70 internal error."})
public final class Main implements Runnable {

    /** Exit code when the source or an output has a problem the user can fix. */
    static final int PROBLEMS = 1;
    /** Exit code of a bug: something failed that should not have. */
    static final int INTERNAL_ERROR = 70;

    /** Held so that its level stays set: Hibernate Validator announces itself on every start otherwise. */
    private static final java.util.logging.Logger VALIDATOR_LOG = quiet("org.hibernate.validator");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given streams and returns the exit code. */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
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

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
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
