package dev.rehabdoc.export.fhir;

import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Evidence;
import dev.rehabdoc.model.Expert;
import dev.rehabdoc.model.Publication;
import dev.rehabdoc.model.Quote;
import dev.rehabdoc.model.RelatedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sources of a definition as {@code relatedArtifact} elements: the publication it is derived from, experts' quotes
 * (the words exactly as published, in {@code display}, with the byline), research evidence and further reading.
 */
final class RelatedArtifacts {
    private final Catalog catalog;

    RelatedArtifacts(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Writes the {@code relatedArtifact} array; nothing when there is nothing to cite. */
    void write(FhirJson json, List<Quote> quotes, List<Evidence> evidence, boolean furtherReading) {
        List<RelatedArticle> related = furtherReading
                ? catalog.publication().map(Publication::related).orElse(List.of())
                : List.of();
        if (catalog.publication().isEmpty() && quotes.isEmpty() && evidence.isEmpty()) {
            return;
        }
        json.startArray("relatedArtifact");
        catalog.publication().ifPresent(publication -> artifact(json, "derived-from", publication.title(),
                publicationCitation(publication)));
        for (Quote quote : quotes) {
            Expert expert = catalog.expert(quote.expert());
            artifact(json, "documentation", quotation(quote, expert), Markdown.escape(expertCitation(expert)));
        }
        for (Evidence finding : evidence) {
            artifact(json, "citation", finding.claim(),
                    finding.source() == null ? null : Markdown.escape(finding.source()));
        }
        for (RelatedArticle article : related) {
            artifact(json, "documentation", article.title(),
                    article.summary() == null ? null : Markdown.escape(article.summary()));
        }
        json.endArray();
    }

    /** The quote as a byline prints it: {@code “Words as published,” — Kaliq Chang, MD}. */
    static String quotation(Quote quote, Expert expert) {
        return "“" + quote.text() + "” — " + expert.byline();
    }

    private String expertCitation(Expert expert) {
        String who = String.join(", ", Stream.of(expert.byline(), expert.role(), expert.organization())
                .filter(part -> part != null && !part.isBlank())
                .toList());
        return catalog.publication()
                .map(publication -> who + ". Quoted in “" + publication.title() + "”" + updated(publication) + ".")
                .orElse(who + ".");
    }

    private String publicationCitation(Publication publication) {
        List<String> parts = new ArrayList<>();
        if (publication.subtitle() != null && !publication.subtitle().isBlank()) {
            parts.add(Markdown.escape(publication.subtitle()));
        }
        if (publication.peerReviewed()) {
            parts.add("Peer reviewed.");
        }
        if (publication.updated() != null) {
            parts.add("Updated " + publication.updated() + ".");
        }
        if (!publication.experts().isEmpty()) {
            parts.add(Markdown.escape("Experts: " + String.join("; ", publication.experts().stream()
                    .map(id -> catalog.expert(id).byline())
                    .toList()) + "."));
        }
        return String.join(" ", parts);
    }

    private static String updated(Publication publication) {
        return publication.updated() == null ? "" : " (updated " + publication.updated() + ")";
    }

    private static void artifact(FhirJson json, String type, String display, String citation) {
        json.startObject();
        json.text("type", type);
        json.text("display", display);
        json.text("citation", citation);
        json.endObject();
    }
}
