package dev.rehabdoc.model;

import jakarta.validation.constraints.NotBlank;

/** An article the publication recommends reading next. */
public record RelatedArticle(@NotBlank String title, String summary) {
}
