package dev.rehabdoc.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * One exercise of a program.
 *
 * @param exercise the id of the exercise
 * @param dose     fields that override the exercise's own dose; {@link Dose#NONE} when there are none
 * @param notes    what the clinician adds for this patient, if anything
 */
public record ProgramExercise(
        @ContentId @AtMost(Limit.ID) String exercise,
        @NotNull @Valid Dose dose,
        @AtMost(Limit.NOTE) String notes) {

    public ProgramExercise {
        dose = dose == null ? Dose.NONE : dose;
    }
}
