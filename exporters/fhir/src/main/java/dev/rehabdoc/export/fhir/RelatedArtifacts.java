package dev.rehabdoc.export.fhir;

import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Evidence;
import dev.rehabdoc.model.Expert;
import dev.rehabdoc.model.Image;
import dev.rehabdoc.model.Publication;
import dev.rehabdoc.model.Quote;
import dev.rehabdoc.model.RelatedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sources of a definition as {@code relatedArtifact} elements: the publication it is derived from, experts' quotes
 * (the words exactly as published, in {@code display}, with the byline), research evidence, pictures and further
 * reading.
 */
final class RelatedArtifacts {
    private final Catalog catalog;
    private final Pictures pictures;

    RelatedArtifacts(Catalog catalog, Pictures pictures) {
        this.catalog = catalog;
        this.pictures = pictures;
    }

    /** Writes the {@code relatedArtifact} array; nothing when there is nothing to cite. */
    void write(FhirJson json, List<Quote> quotes, List<Evidence> evidence, List<Image> images, boolean furtherReading) {
        List<RelatedArticle> related = furtherReading
                ? catalog.publication().map(Publication::related).orElse(List.of())
                : List.of();
        if (catalog.publication().isEmpty() && quotes.isEmpty() && evidence.isEmpty() && images.isEmpty()) {
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
        for (Image image : images) {
            picture(json, image);
        }
        for (RelatedArticle article : related) {
            artifact(json, "documentation", article.title(),
                    article.summary() == null ? null : Markdown.escape(article.summary()));
        }
        json.endArray();
    }

    /** A picture: what it shows, who made it and its licence, with the image as the document. */
    private void picture(FhirJson json, Image image) {
        Pictures.Picture picture = pictures.of(image);
        String title = image.caption() != null && !image.caption().isBlank()
                ? image.caption() : image.path().getFileName().toString();
        List<String> about = new ArrayList<>();
        about.add("Picture: " + title);
        if (image.credit() != null && !image.credit().isBlank()) {
            about.add("credit: " + image.credit());
        }
        if (image.licence() != null && !image.licence().isBlank()) {
            about.add("licence: " + image.licence());
        }
        json.startObject();
        json.text("type", "documentation");
        json.text("display", String.join("; ", about));
        json.startObject("document");
        json.text("contentType", picture.contentType());
        if (picture.data() != null) {
            json.binary("data", picture.data());
        }
        json.number("size", picture.size());
        json.text("hash", picture.sha1());
        json.text("title", title);
        json.endObject();
        json.endObject();
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
