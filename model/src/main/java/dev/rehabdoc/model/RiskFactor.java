package dev.rehabdoc.model;

import jakarta.validation.constraints.NotBlank;

/** Something that makes a condition more likely, such as obesity or poor posture. */
public record RiskFactor(@ContentId String id, @NotBlank String name, String description) {
}
