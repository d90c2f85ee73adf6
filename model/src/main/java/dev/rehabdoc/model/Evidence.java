package dev.rehabdoc.model;

import jakarta.validation.constraints.NotBlank;

/** A research finding behind a recommendation, and where it was published. */
public record Evidence(@NotBlank @AtMost(Limit.CLAIM) String claim, @AtMost(Limit.SOURCE) String source) {
}
