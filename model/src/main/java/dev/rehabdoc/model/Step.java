package dev.rehabdoc.model;

import jakarta.validation.constraints.NotBlank;

/** One instruction of an exercise, in the order it is done. */
public record Step(@NotBlank @AtMost(Limit.STEP) String text) {
}
