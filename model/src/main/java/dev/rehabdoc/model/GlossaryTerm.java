package dev.rehabdoc.model;

import jakarta.validation.constraints.NotBlank;

/** A medical term and its plain-language definition, so that handouts can use the term and readers understand it. */
public record GlossaryTerm(
        @NotBlank @AtMost(Limit.TERM) String term,
        @NotBlank @AtMost(Limit.DEFINITION) String definition) {
}
