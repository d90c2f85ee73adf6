package dev.rehabdoc.model;

import jakarta.validation.constraints.NotBlank;

/** An article the publication recommends reading next. */
public record RelatedArticle(@NotBlank @AtMost(Limit.TITLE) String title, @AtMost(Limit.SUMMARY) String summary) {
}
