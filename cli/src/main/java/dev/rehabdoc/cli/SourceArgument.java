package dev.rehabdoc.cli;

import dev.rehabdoc.api.Rehabdoc;
import dev.rehabdoc.load.LoadResult;
import dev.rehabdoc.load.Problem;
import dev.rehabdoc.model.Catalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Parameters;

/** The optional SOURCE argument every command takes, and loading it. */
final class SourceArgument {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SOURCE",
            description = "A .yaml, .yml or .json file, or a directory of them. Default: the embedded article.")
    Path source;

    /** What the user calls the source. */
    String name() {
        return source == null ? Rehabdoc.embeddedName() : source.toString();
    }

    /** The validated catalog, or empty after printing every problem to {@code err}. */
    Optional<Catalog> load(PrintWriter err) {
        LoadResult result = source == null ? Rehabdoc.embedded() : Rehabdoc.load(source);
        return switch (result) {
            case LoadResult.Loaded loaded -> Optional.of(loaded.catalog());
            case LoadResult.Failed failed -> {
                ProblemList.print(err, failed.problems(), name(), "");
                yield Optional.empty();
            }
        };
    }
}
