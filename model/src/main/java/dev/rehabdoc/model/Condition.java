package dev.rehabdoc.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;

/**
 * A condition a handout is about, such as a pinched nerve in the lower back.
 *
 * @param id           how programs refer to it
 * @param name         its plain-language name
 * @param clinicalName its clinical name, such as {@code Lumbar radiculopathy}
 * @param summary      what it is, in a few sentences
 * @param symptoms     what a patient feels
 * @param bodyRegions  where the symptoms appear
 * @param riskFactors  ids of the risk factors that make it more likely
 * @param exercises    ids of the recommended exercises, in the recommended order
 * @param avoid        what to avoid while it lasts
 * @param seeADoctorIf when to get checked by a doctor
 * @param advice       what else helps
 * @param quotes       what experts say about it
 * @param codes        its codes in clinical coding systems
 */
public record Condition(
        @ContentId @AtMost(Limit.ID) String id,
        @NotBlank @AtMost(Limit.NAME) String name,
        @AtMost(Limit.CLINICAL_NAME) String clinicalName,
        @NotBlank @AtMost(Limit.SUMMARY) String summary,
        @AtMost(Limit.SYMPTOMS) List<@NotBlank @AtMost(Limit.SYMPTOM) String> symptoms,
        @AtMost(Limit.BODY_REGIONS) List<@NotBlank @AtMost(Limit.BODY_REGION) String> bodyRegions,
        @AtMost(Limit.RISK_FACTORS) List<@ContentId @AtMost(Limit.ID) String> riskFactors,
        @AtMost(Limit.RECOMMENDED_EXERCISES) List<@ContentId @AtMost(Limit.ID) String> exercises,
        @AtMost(Limit.AVOIDS) List<@NotBlank @AtMost(Limit.AVOID) String> avoid,
        @AtMost(Limit.SEE_A_DOCTOR_IFS) List<@NotBlank @AtMost(Limit.SEE_A_DOCTOR_IF) String> seeADoctorIf,
        @AtMost(Limit.ADVICES) List<@NotBlank @AtMost(Limit.ADVICE) String> advice,
        @AtMost(Limit.CONDITION_QUOTES) List<@Valid Quote> quotes,
        @AtMost(Limit.CODES) List<@Valid Code> codes) {

    public Condition {
        symptoms = Lists.copy(symptoms);
        bodyRegions = Lists.copy(bodyRegions);
        riskFactors = Lists.copy(riskFactors);
        exercises = Lists.copy(exercises);
        avoid = Lists.copy(avoid);
        seeADoctorIf = Lists.copy(seeADoctorIf);
        advice = Lists.copy(advice);
        quotes = Lists.copy(quotes);
        codes = Lists.copy(codes);
    }
}
