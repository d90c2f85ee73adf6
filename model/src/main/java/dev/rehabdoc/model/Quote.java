package dev.rehabdoc.model;

import jakarta.validation.constraints.NotBlank;

/** Words of an expert, kept exactly as published. */
public record Quote(@ContentId String expert, @NotBlank String text) {
}
