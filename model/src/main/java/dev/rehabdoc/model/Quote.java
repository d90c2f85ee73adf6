package dev.rehabdoc.model;

import jakarta.validation.constraints.NotBlank;

/** Words of an expert, kept exactly as published. */
public record Quote(@ContentId @AtMost(Limit.ID) String expert, @NotBlank @AtMost(Limit.QUOTE) String text) {
}
