package dev.rehabdoc.model;

import jakarta.validation.constraints.NotBlank;

/** Something that makes a condition more likely, such as obesity or poor posture. */
public record RiskFactor(
        @ContentId @AtMost(Limit.ID) String id,
        @NotBlank @AtMost(Limit.NAME) String name,
        @AtMost(Limit.DESCRIPTION) String description) {
}
