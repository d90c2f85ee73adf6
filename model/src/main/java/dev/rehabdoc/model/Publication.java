package dev.rehabdoc.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;

/**
 * Where the content was published.
 *
 * @param title        the article's title
 * @param subtitle     its standfirst, if any
 * @param peerReviewed whether the article was peer reviewed
 * @param updated      when it was last updated, if known
 * @param experts      ids of the experts who reviewed or contributed to it
 * @param related      further reading the publication links to
 */
public record Publication(
        @NotBlank @AtMost(Limit.TITLE) String title,
        @AtMost(Limit.SUBTITLE) String subtitle,
        boolean peerReviewed,
        LocalDate updated,
        @AtMost(Limit.REVIEWERS) List<@ContentId @AtMost(Limit.ID) String> experts,
        @AtMost(Limit.RELATED) List<@Valid RelatedArticle> related) {

    public Publication {
        experts = Lists.copy(experts);
        related = Lists.copy(related);
    }
}
