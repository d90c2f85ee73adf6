package dev.rehabdoc.load;

import dev.rehabdoc.model.Catalog;
import java.util.List;

/** What loading a source gives: a validated catalog, or every problem found. */
public sealed interface LoadResult {

    /** The source is valid. */
    record Loaded(Catalog catalog) implements LoadResult {
    }

    /** The source has problems, sorted by file, line and column; never empty. */
    record Failed(List<Problem> problems) implements LoadResult {
        public Failed {
            problems = problems.stream().sorted().toList();
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a failed load has at least one problem");
            }
        }
    }
}
