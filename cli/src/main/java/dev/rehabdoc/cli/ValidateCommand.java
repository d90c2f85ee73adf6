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
        spec.commandLine().getOut().printf("%s: valid: %s, %s, %s, %s, %s%n", source.name(),
                Counted.of(valid.conditions().size(), "condition"), Counted.of(valid.exercises().size(), "exercise"),
                Counted.of(valid.programs().size(), "program"), Counted.of(valid.experts().size(), "expert"),
                Counted.of(valid.riskFactors().size(), "risk factor"));
        return 0;
    }
}
