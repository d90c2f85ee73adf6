package dev.rehabdoc.export.fhir;

import dev.rehabdoc.model.Dose;
import java.util.List;

/**
 * A dose in FHIR terms: how often and how long as a Timing, and the whole dose as a Dosage whose {@code text} is the
 * dose in words, with sets, repetitions and holds as dose quantities and the cautions as additional instructions.
 */
final class Dosage {
    private Dosage() {
    }

    /** A Timing property: {@code timesPerWeek} per 1 week, lasting {@code minutes}; nothing when neither is set. */
    static void timing(FhirJson json, String name, Dose dose) {
        if (dose.timesPerWeek() == null && dose.minutes() == null) {
            return;
        }
        json.startObject(name);
        json.startObject("repeat");
        if (dose.minutes() != null) {
            json.number("duration", dose.minutes());
            json.text("durationUnit", "min");
        }
        if (dose.timesPerWeek() != null) {
            json.number("frequency", dose.timesPerWeek());
            json.number("period", 1);
            json.text("periodUnit", "wk");
        }
        json.endObject();
        json.endObject();
    }

    /** The {@code dosage} array of one Dosage; nothing when there is neither a dose nor a caution. */
    static void write(FhirJson json, Dose dose, List<String> cautions) {
        if (dose.isEmpty() && cautions.isEmpty()) {
            return;
        }
        json.startArray("dosage");
        json.startObject();
        json.text("text", dose.describe());
        if (!cautions.isEmpty()) {
            json.startArray("additionalInstruction");
            for (String caution : cautions) {
                json.codeableConcept(List.of(), caution);
            }
            json.endArray();
        }
        timing(json, "timing", dose);
        if (dose.sets() != null || dose.repetitions() != null || dose.holdSeconds() != null) {
            json.startArray("doseAndRate");
            if (dose.sets() != null) {
                amount(json, "Sets", dose.sets(), "sets", "1");
            }
            if (dose.repetitions() != null) {
                amount(json, dose.sets() != null ? "Repetitions per set" : "Repetitions", dose.repetitions(),
                        "repetitions", "1");
            }
            if (dose.holdSeconds() != null) {
                amount(json, "Hold", dose.holdSeconds(), "s", "s");
            }
            json.endArray();
        }
        json.endObject();
        json.endArray();
    }

    /** A dose quantity; counts are UCUM {@code 1} with the thing counted as the unit, as the validator advises. */
    private static void amount(FhirJson json, String what, int value, String unit, String ucumCode) {
        json.startObject();
        json.codeableConcept("type", List.of(), what);
        json.quantity("doseQuantity", value, unit, ucumCode);
        json.endObject();
    }
}
