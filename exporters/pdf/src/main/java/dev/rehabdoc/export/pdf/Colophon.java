package dev.rehabdoc.export.pdf;

import static dev.rehabdoc.export.pdf.ExerciseSection.present;

import dev.rehabdoc.export.ExportException;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Expert;
import dev.rehabdoc.model.Publication;
import dev.rehabdoc.model.RelatedArticle;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;

/** The closing block of a handout: who reviewed it, when it was updated, further reading and the disclaimer. */
final class Colophon {
    static final String DISCLAIMER = "This handout is general information. It does not replace advice from your "
            + "doctor, physiotherapist or other health professional, who knows your situation. If anything here "
            + "is unclear, or an exercise hurts, stop and ask them.";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final Catalog catalog;

    Colophon(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The bylines of the publication's experts, as the document's authors. */
    static List<String> authors(Catalog catalog) {
        return catalog.publication().map(Publication::experts).orElse(List.of()).stream()
                .map(id -> catalog.expert(id).byline()).toList();
    }

    void write(HandoutDocument handout) throws ExportException {
        Typesetter set = handout.typesetter();
        Paragraph heading = set.heading("About this handout"); // made first: the structure follows the order things are made
        List<Element> about = new ArrayList<>();
        Publication publication = catalog.publication().orElse(null);
        if (publication != null) {
            List<String> reviewers = new ArrayList<>();
            for (String id : publication.experts()) {
                Expert expert = catalog.expert(id);
                String affiliation = Typesetter.affiliation(expert);
                reviewers.add(affiliation.isEmpty() ? expert.byline() : expert.byline() + " (" + affiliation + ")");
            }
            if (!reviewers.isEmpty()) {
                about.add(set.label("Reviewed by"));
                about.add(set.bullets(reviewers));
            }
            about.add(set.labelled("Based on:", publication.title()));
            if (publication.updated() != null) {
                about.add(set.labelled("Updated:", DAY.format(publication.updated())));
            }
            if (publication.peerReviewed()) {
                about.add(set.labelled("Peer reviewed:", "yes"));
            }
            if (!publication.related().isEmpty()) {
                about.add(set.label("Further reading"));
                about.add(set.bullets(publication.related().stream().map(Colophon::reading).toList()));
            }
        }
        about.add(set.notice("Please note", DISCLAIMER));
        handout.add(set.section(heading, about.toArray(Element[]::new)));
    }

    private static String reading(RelatedArticle article) {
        return present(article.summary()) ? article.title() + ": " + article.summary() : article.title();
    }
}
