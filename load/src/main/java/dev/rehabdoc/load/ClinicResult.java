package dev.rehabdoc.load;

import dev.rehabdoc.model.Clinic;
import java.util.List;

/** What loading a clinic file gives: a validated clinic, or every problem found. */
public sealed interface ClinicResult {

    /** The file is valid. */
    record Loaded(Clinic clinic) implements ClinicResult {
    }

    /** The file has problems, sorted by line and column; never empty. */
    record Failed(List<Problem> problems) implements ClinicResult {
        public Failed {
            problems = problems.stream().sorted().toList();
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a failed load has at least one problem");
            }
        }
    }
}
