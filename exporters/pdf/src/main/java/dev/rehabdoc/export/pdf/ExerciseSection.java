package dev.rehabdoc.export.pdf;

import dev.rehabdoc.export.ExportException;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Dose;
import dev.rehabdoc.model.Evidence;
import dev.rehabdoc.model.Exercise;
import dev.rehabdoc.model.Image;
import dev.rehabdoc.model.Quote;
import dev.rehabdoc.model.Step;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfPTable;

/**
 * One exercise as a handout prints it: the heading, summary and numbered steps kept together on a page, then the
 * dose, cautions, pictures, expert quotes and evidence.
 */
final class ExerciseSection {
    private final Catalog catalog;
    private final HandoutDocument handout;
    private final Typesetter set;

    ExerciseSection(Catalog catalog, HandoutDocument handout) {
        this.catalog = catalog;
        this.handout = handout;
        this.set = handout.typesetter();
    }

    /** Prints an exercise as a condition handout recommends it. */
    void recommended(int number, Exercise exercise, PdfOutline section) throws ExportException, IOException {
        List<Element> opening = new ArrayList<>();
        opening.add(set.exerciseHeading(number + ". " + exercise.name(), section));
        if (present(exercise.summary())) {
            opening.add(set.text(exercise.summary()));
        }
        opening.addAll(steps(exercise));
        handout.add(spaced(set.together(opening)));
        if (!exercise.dose().isEmpty()) {
            handout.add(set.labelled("How much:", sentence(exercise.dose())));
        }
        cautions(exercise);
        pictures(exercise);
        for (Quote quote : exercise.quotes()) {
            handout.add(set.quote(quote.text(), catalog.expert(quote.expert())));
        }
        if (!exercise.evidence().isEmpty()) {
            handout.add(set.labelledList("What the research says",
                    exercise.evidence().stream().map(ExerciseSection::finding).toList()));
        }
    }

    /** Prints an exercise as a program prescribes it, with the program's dose and the clinician's notes. */
    void prescribed(int number, Exercise exercise, Dose dose, String notes, PdfOutline section)
            throws ExportException, IOException {
        List<Element> opening = new ArrayList<>();
        opening.add(set.exerciseHeading(number + ". " + exercise.name(), section));
        opening.add(set.labelled("How much:", dose.isEmpty() ? "as your clinician advises" : sentence(dose)));
        if (present(notes)) {
            opening.add(set.labelled("Notes:", notes));
        }
        opening.addAll(steps(exercise));
        handout.add(spaced(set.together(opening)));
        cautions(exercise);
        pictures(exercise);
    }

    private List<Element> steps(Exercise exercise) throws ExportException {
        return List.of(set.label("How to do it"), set.numbered(exercise.steps().stream().map(Step::text).toList()));
    }

    private void cautions(Exercise exercise) throws ExportException {
        if (!exercise.cautions().isEmpty()) {
            handout.add(set.labelledList("Take care", exercise.cautions()));
        }
    }

    private void pictures(Exercise exercise) throws ExportException, IOException {
        for (Image image : exercise.images()) {
            handout.add(set.figure(image));
        }
    }

    private PdfPTable spaced(PdfPTable block) {
        block.setSpacingBefore(set.type().bodySize * 1.2f);
        block.setSpacingAfter(set.type().bodySize * 0.2f);
        return block;
    }

    private static String sentence(Dose dose) {
        String words = dose.describe();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + ".";
    }

    private static String finding(Evidence evidence) {
        return present(evidence.source()) ? evidence.claim() + " (" + evidence.source() + ")" : evidence.claim();
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
