package dev.rehabdoc.model;

import jakarta.validation.constraints.NotBlank;

/** A code for a condition in a clinical coding system, such as ICD-10 {@code M54.16}. */
public record Code(@NotBlank @AtMost(Limit.CODE_SYSTEM) String system, @NotBlank @AtMost(Limit.CODE) String code) {
}
