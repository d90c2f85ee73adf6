package dev.rehabdoc.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * An exercise with its ordered steps.
 *
 * @param id       how conditions and programs refer to it
 * @param name     its name as a heading prints it
 * @param kind     what sort of exercise it is
 * @param summary  what it is and why it helps, if given
 * @param steps    the instructions in order; at least one
 * @param dose     how much to do; {@link Dose#NONE} when the source gives none
 * @param cautions when to stop or take care
 * @param tags     free-text labels such as {@code no equipment}
 * @param images   pictures of it
 * @param quotes   what experts say about it
 * @param evidence research behind it
 */
public record Exercise(
        @ContentId @AtMost(Limit.ID) String id,
        @NotBlank @AtMost(Limit.NAME) String name,
        @NotNull ExerciseKind kind,
        @AtMost(Limit.SUMMARY) String summary,
        @NotEmpty @AtMost(Limit.STEPS) List<@Valid Step> steps,
        @NotNull @Valid Dose dose,
        @AtMost(Limit.CAUTIONS) List<@NotBlank @AtMost(Limit.CAUTION) String> cautions,
        @AtMost(Limit.TAGS) List<@NotBlank @AtMost(Limit.TAG) String> tags,
        @AtMost(Limit.IMAGES) List<@Valid Image> images,
        @AtMost(Limit.EXERCISE_QUOTES) List<@Valid Quote> quotes,
        @AtMost(Limit.EVIDENCE) List<@Valid Evidence> evidence) {

    public Exercise {
        steps = Lists.copy(steps);
        dose = dose == null ? Dose.NONE : dose;
        cautions = Lists.copy(cautions);
        tags = Lists.copy(tags);
        images = Lists.copy(images);
        quotes = Lists.copy(quotes);
        evidence = Lists.copy(evidence);
    }
}
