package dev.rehabdoc.cli;

import dev.rehabdoc.model.Catalog;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rehabdoc validate}: checks a source and reports every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Checks a source; prints every problem as file:line:column: path: message.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    SourceArgument source;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Optional<Catalog> catalog = source.load(spec.commandLine().getErr());
        if (catalog.isEmpty()) {
            return Main.PROBLEMS;
        }
        Catalog valid = catalog.get();
        spec.commandLine().getOut().printf("%s: valid: %d conditions, %d exercises, %d programs, %d experts, "
                        + "%d risk factors%n", source.name(), valid.conditions().size(), valid.exercises().size(),
                valid.programs().size(), valid.experts().size(), valid.riskFactors().size());
        return 0;
    }
}
