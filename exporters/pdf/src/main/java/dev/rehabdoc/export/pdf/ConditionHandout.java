package dev.rehabdoc.export.pdf;

import static dev.rehabdoc.export.pdf.ExerciseSection.present;

import dev.rehabdoc.export.ExportException;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Code;
import dev.rehabdoc.model.Condition;
import dev.rehabdoc.model.Exercise;
import dev.rehabdoc.model.FileNames;
import dev.rehabdoc.model.Quote;
import dev.rehabdoc.model.RiskFactor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfPTable;

/** The handout about one condition: what it is, what helps, when to see a doctor, and the recommended exercises. */
final class ConditionHandout implements Handout {
    private final Catalog catalog;
    private final Condition condition;

    ConditionHandout(Catalog catalog, Condition condition) {
        this.catalog = catalog;
        this.condition = condition;
    }

    /** The file it is written to. */
    String fileName() {
        return FileNames.of(condition) + ".pdf";
    }

    /** Its title, subject, keywords and authors. */
    @Override
    public HandoutInfo info() {
        List<String> keywords = new ArrayList<>();
        keywords.add(condition.name());
        if (present(condition.clinicalName())) {
            keywords.add(condition.clinicalName());
        }
        condition.codes().stream().map(Code::code).forEach(keywords::add);
        keywords.add("home exercises");
        catalog.exercisesOf(condition).stream().map(Exercise::name).forEach(keywords::add);
        String subject = "Home exercises and advice for "
                + (present(condition.clinicalName()) ? condition.clinicalName() : condition.name()).toLowerCase(java.util.Locale.ROOT)
                + ": what it is, what helps, when to see a doctor.";
        return new HandoutInfo(fileName(), condition.name() + ": exercises and advice", subject, keywords,
                Colophon.authors(catalog), condition.name(), HandoutInfo.clinicLine(catalog));
    }

    /** Writes the whole handout. */
    @Override
    public void write(HandoutDocument handout) throws ExportException, IOException {
        Typesetter set = handout.typesetter();
        handout.add(set.title(condition.name()));
        if (present(condition.clinicalName())) {
            handout.add(set.subtitle("Clinical name: " + condition.clinicalName()));
        }

        handout.add(set.section(set.heading("About this condition"), set.text(condition.summary())));

        if (!condition.symptoms().isEmpty() || !condition.bodyRegions().isEmpty()) {
            Paragraph heading = set.heading("Symptoms"); // made first: the structure follows the order things are made
            List<Element> symptoms = new ArrayList<>();
            if (!condition.symptoms().isEmpty()) {
                symptoms.add(set.bullets(condition.symptoms()));
            }
            if (!condition.bodyRegions().isEmpty()) {
                symptoms.add(set.labelled("Where you may feel them:", String.join(", ", condition.bodyRegions()) + "."));
            }
            handout.add(set.section(heading, symptoms.toArray(Element[]::new)));
        }

        List<RiskFactor> risks = catalog.riskFactorsOf(condition);
        if (!risks.isEmpty()) {
            handout.addAll(set.listSection("What makes it more likely",
                    risks.stream().map(ConditionHandout::describe).toList()));
        }
        if (!condition.advice().isEmpty()) {
            handout.addAll(set.listSection("What helps", condition.advice()));
        }
        if (!condition.avoid().isEmpty()) {
            handout.addAll(set.listSection("What to avoid", condition.avoid()));
        }
        if (!condition.seeADoctorIf().isEmpty()) {
            handout.add(set.warning("See a doctor if", condition.seeADoctorIf()));
        }
        List<Quote> quotes = condition.quotes();
        for (int i = 0; i < quotes.size(); i++) {
            Paragraph heading = i == 0 ? set.heading("What the experts say") : null;
            PdfPTable quote = set.quote(quotes.get(i).text(), catalog.expert(quotes.get(i).expert()));
            handout.add(heading != null ? set.section(heading, quote) : quote);
        }

        List<Exercise> exercises = catalog.exercisesOf(condition);
        if (!exercises.isEmpty()) {
            Paragraph heading = set.heading("Exercises");
            PdfOutline section = set.lastBookmark();
            handout.add(set.section(heading, set.text("Start gently and stop any exercise that makes your symptoms worse.")));
            ExerciseSection printer = new ExerciseSection(catalog, handout);
            for (int i = 0; i < exercises.size(); i++) {
                printer.recommended(i + 1, exercises.get(i), section);
            }
        }
        new Colophon(catalog).write(handout);
    }

    private static String describe(RiskFactor risk) {
        return present(risk.description()) ? risk.name() + ": " + risk.description() : risk.name();
    }
}
