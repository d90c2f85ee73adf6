package dev.rehabdoc.export.fhir;

import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Condition;
import dev.rehabdoc.model.Dose;
import dev.rehabdoc.model.Exercise;
import dev.rehabdoc.model.Program;
import dev.rehabdoc.model.ProgramExercise;
import java.util.List;
import java.util.stream.Stream;

/**
 * A program as a CarePlan that instantiates its condition's PlanDefinition: active for a named patient, a draft
 * proposal for a template; one exercise-therapy activity per prescribed exercise, scheduled for the program's weeks
 * (as often as its dose says, else once per session), described by the clinician's notes and the prescribed dose.
 */
final class CarePlanWriter {
    static final String TYPE = "CarePlan";
    /** What a template's subject displays: FHIR R4 requires a subject, and a template has no patient. */
    static final String TEMPLATE_SUBJECT = "template";

    private final Catalog catalog;

    CarePlanWriter(Catalog catalog) {
        this.catalog = catalog;
    }

    static ResourceAddress address(String programId) {
        return ResourceAddress.of(TYPE, programId);
    }

    void write(FhirJson json, Program program) {
        ResourceAddress address = address(program.id());
        Condition condition = catalog.condition(program.condition());
        boolean template = program.isTemplate();
        json.startObject();
        json.text("resourceType", TYPE);
        json.text("id", address.id());
        narrative(program, condition).write(json);
        json.texts("instantiatesCanonical", List.of(PlanDefinitionWriter.address(condition.id()).url()));
        json.text("status", template ? "draft" : "active");
        json.text("intent", template ? "proposal" : "plan");
        json.text("title", program.title());
        json.text("description", description(program, condition));
        if (template) {
            json.displayReference("subject", null, TEMPLATE_SUBJECT);
        } else {
            json.displayReference("subject", "Patient", program.patient());
        }
        program.startDate().ifPresent(start -> {
            json.startObject("period");
            json.text("start", start.toString());
            json.text("end", start.plusWeeks(program.weeks()).minusDays(1).toString());
            json.endObject();
        });
        boolean clinician = program.clinician() != null && !program.clinician().isBlank();
        if (catalog.clinic().isPresent()) {
            // The clinic hands the plan out; the clinician who prescribed it is one who contributed.
            OrganizationWriter.reference(json, "author", catalog.clinic().get());
            if (clinician) {
                json.startArray("contributor");
                json.startObject();
                json.text("type", "Practitioner");
                json.text("display", program.clinician());
                json.endObject();
                json.endArray();
            }
        } else if (clinician) {
            json.displayReference("author", "Practitioner", program.clinician());
        }
        json.startArray("activity");
        for (ProgramExercise prescribed : program.exercises()) {
            activity(json, program, prescribed);
        }
        json.endArray();
        json.endObject();
    }

    private Narrative narrative(Program program, Condition condition) {
        return new Narrative()
                .title(program.title())
                .paragraph(program.isTemplate() ? null : "Patient: " + program.patient())
                .paragraph(program.clinician() == null ? null : "Prescribed by: " + program.clinician())
                .paragraph(program.startDate()
                        .map(start -> "From " + start + " to " + start.plusWeeks(program.weeks()).minusDays(1) + ".")
                        .orElse(null))
                .paragraph(description(program, condition))
                .numbered(program.exercises().stream()
                        .map(prescribed -> {
                            String detail = description(prescribed, catalog.doseOf(prescribed));
                            String name = catalog.exercise(prescribed.exercise()).name();
                            return detail.isEmpty() ? name : name + ": " + detail.replace('\n', ' ');
                        })
                        .toList());
    }

    private static String description(Program program, Condition condition) {
        String sessions = program.sessionsPerWeek() == 1 ? "1 session a week" : program.sessionsPerWeek() + " sessions a week";
        String weeks = program.weeks() == 1 ? "1 week" : program.weeks() + " weeks";
        String plan = "Exercise program for " + condition.name() + ": " + weeks + ", " + sessions + ".";
        return program.isTemplate() ? plan + " A template: no patient is named." : plan;
    }

    private void activity(FhirJson json, Program program, ProgramExercise prescribed) {
        Exercise exercise = catalog.exercise(prescribed.exercise());
        Dose dose = catalog.doseOf(prescribed);
        json.startObject();
        json.startObject("detail");
        json.text("kind", "ServiceRequest");
        json.texts("instantiatesCanonical", List.of(ActivityDefinitionWriter.address(exercise.id()).url()));
        json.codeableConcept("code", List.of(ActivityDefinitionWriter.EXERCISE_THERAPY), exercise.name());
        json.text("status", program.isTemplate() ? "not-started" : "scheduled");
        schedule(json, program, dose);
        json.text("description", description(prescribed, dose));
        json.endObject();
        json.endObject();
    }

    /**
     * For the program's weeks, as often as the dose says or else once a session, for the dose's minutes if it gives
     * them, so that the timing never contradicts the dose in the description.
     */
    private static void schedule(FhirJson json, Program program, Dose dose) {
        json.startObject("scheduledTiming");
        json.startObject("repeat");
        json.quantity("boundsDuration", program.weeks(), "weeks", "wk");
        if (dose.minutes() != null) {
            json.number("duration", dose.minutes());
            json.text("durationUnit", "min");
        }
        json.number("frequency", dose.timesPerWeek() != null ? dose.timesPerWeek() : program.sessionsPerWeek());
        json.number("period", 1);
        json.text("periodUnit", "wk");
        json.endObject();
        json.endObject();
    }

    /** The clinician's notes, then the dose in words: what a patient reads for this exercise. */
    static String description(ProgramExercise prescribed, Dose dose) {
        String doseText = dose.isEmpty() ? null : "Dose: " + dose.describe() + ".";
        return String.join("\n", Stream.of(prescribed.notes(), doseText)
                .filter(part -> part != null && !part.isBlank())
                .toList());
    }
}
