package dev.rehabdoc.export.pdf;

import static dev.rehabdoc.export.pdf.ExerciseSection.present;

import dev.rehabdoc.export.ExportException;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Condition;
import dev.rehabdoc.model.Exercise;
import dev.rehabdoc.model.FileNames;
import dev.rehabdoc.model.Program;
import dev.rehabdoc.model.ProgramExercise;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfOutline;

/**
 * The handout for one patient's program: who it is for, how long and how often, each exercise with the program's
 * dose and notes, and space for the clinic's contact details. A template leaves lines to write the patient on.
 */
final class ProgramHandout implements Handout {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private final Catalog catalog;
    private final Program program;

    ProgramHandout(Catalog catalog, Program program) {
        this.catalog = catalog;
        this.program = program;
    }

    String fileName() {
        return FileNames.of(program) + ".pdf";
    }

    @Override
    public HandoutInfo info() {
        Condition condition = catalog.condition(program.condition());
        List<String> keywords = new ArrayList<>(List.of("exercise program", condition.name()));
        if (present(condition.clinicalName())) {
            keywords.add(condition.clinicalName());
        }
        program.exercises().stream().map(pe -> catalog.exercise(pe.exercise()).name()).forEach(keywords::add);
        String subject = "Home exercise program for " + condition.name().toLowerCase(Locale.ROOT) + ": "
                + program.weeks() + " weeks, " + sessions() + ".";
        return new HandoutInfo(fileName(), program.title(), subject, keywords, Colophon.authors(catalog),
                program.title(), HandoutInfo.clinicLine(catalog));
    }

    @Override
    public void write(HandoutDocument handout) throws ExportException, IOException {
        Typesetter set = handout.typesetter();
        Condition condition = catalog.condition(program.condition());
        handout.add(set.title(program.title()));
        handout.add(set.subtitle("Your home exercise program for " + condition.name().toLowerCase(Locale.ROOT)));

        handout.add(set.section(set.heading("Your program"),
                set.field("Patient", program.patient()),
                set.field("Clinician", program.clinician()),
                set.field("Start date", program.startDate().map(DAY::format).orElse(null)),
                set.field("Length", program.weeks() == 1 ? "1 week" : program.weeks() + " weeks"),
                set.field("How often", sessions())));

        Paragraph heading = set.heading("Your exercises");
        PdfOutline section = set.lastBookmark();
        handout.add(set.section(heading, set.text("Do these exercises in each session, in this order. Stop any "
                + "exercise that makes your symptoms worse and tell your clinician.")));
        ExerciseSection printer = new ExerciseSection(catalog, handout);
        List<ProgramExercise> exercises = program.exercises();
        for (int i = 0; i < exercises.size(); i++) {
            ProgramExercise prescribed = exercises.get(i);
            Exercise exercise = catalog.exercise(prescribed.exercise());
            printer.prescribed(i + 1, exercise, catalog.doseOf(prescribed), prescribed.notes(), section);
        }

        if (!condition.seeADoctorIf().isEmpty()) {
            handout.add(set.warning("See a doctor if", condition.seeADoctorIf()));
        }
        if (catalog.clinic().isPresent()) {
            handout.add(set.clinicBox(catalog.clinic().get()));
        } else {
            handout.add(set.writingSpace("Clinic contact details", 110));
        }
        set.endSections();
        handout.add(set.notice("Please note", Colophon.DISCLAIMER));
    }

    private String sessions() {
        return program.sessionsPerWeek() == 1 ? "1 session a week" : program.sessionsPerWeek() + " sessions a week";
    }
}
