package dev.rehabdoc.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A prescription: what one patient does, or a template for patients with a condition.
 *
 * @param id              how files made for it are named
 * @param title           its title as printed
 * @param condition       the id of the condition it treats
 * @param patient         the patient's name; absent for a template
 * @param clinician       who prescribed it, if given
 * @param start           the first day, if fixed
 * @param weeks           how many weeks it runs, 1 to 520
 * @param sessionsPerWeek sessions each week, 1 to 21
 * @param exercises       what to do in each session; at least one
 */
public record Program(
        @ContentId @AtMost(Limit.ID) String id,
        @NotBlank @AtMost(Limit.TITLE) String title,
        @ContentId @AtMost(Limit.ID) String condition,
        @AtMost(Limit.PERSON) String patient,
        @AtMost(Limit.PERSON) String clinician,
        LocalDate start,
        @Min(1) @Max(520) int weeks,
        @Min(1) @Max(21) int sessionsPerWeek,
        @NotEmpty @AtMost(Limit.PRESCRIBED_EXERCISES) List<@Valid ProgramExercise> exercises) {

    public Program {
        exercises = Lists.copy(exercises);
    }

    /** Whether this is a template with no patient named. */
    public boolean isTemplate() {
        return patient == null || patient.isBlank();
    }

    /** The first day, if the program has one. */
    public Optional<LocalDate> startDate() {
        return Optional.ofNullable(start);
    }
}
