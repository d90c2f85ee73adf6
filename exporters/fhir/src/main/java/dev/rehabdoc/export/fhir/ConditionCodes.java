package dev.rehabdoc.export.fhir;

import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Code;
import dev.rehabdoc.model.Condition;
import dev.rehabdoc.model.Icd10;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The codes of conditions as FHIR codings, and what is wrong with them: an ICD-10 code that is not well formed is an
 * error; a code ICD-10-CM no longer bills is a warning; a well-formed code rehabdoc does not know passes.
 */
final class ConditionCodes {
    /** The FHIR system of ICD-10-CM, which rehabdoc's ICD-10 codes (such as {@code M54.16}) belong to. */
    static final String ICD_10_CM = "http://hl7.org/fhir/sid/icd-10-cm";
    static final String SNOMED_CT = "http://snomed.info/sct";

    /** How serious a finding is: an error stops the export, a warning does not. */
    enum Severity { ERROR, WARNING }

    /** Something wrong with one code of one condition. */
    record Finding(Severity severity, String condition, Code code, String message) {
        /** The finding as a user reads it. */
        String describe() {
            return "condition '" + condition + "': " + code.system() + " code '" + code.code() + "' " + message;
        }
    }

    private ConditionCodes() {
    }

    /** Everything wrong with the codes of the catalog's conditions, in source order. */
    static List<Finding> review(Catalog catalog) {
        List<Finding> findings = new ArrayList<>();
        for (Condition condition : catalog.conditions()) {
            for (Code code : condition.codes()) {
                review(condition.id(), code).ifPresent(findings::add);
            }
        }
        return findings;
    }

    static Optional<Finding> review(String condition, Code code) {
        if (!isIcd10(code)) {
            return Optional.empty();
        }
        String value = code.code().strip().toUpperCase(Locale.ROOT);
        if (!Icd10.isWellFormed(value)) {
            String hint = Icd10.correction(value).map(better -> " (did you mean " + better + "?)").orElse("");
            return Optional.of(new Finding(Severity.ERROR, condition, code, "is not well formed" + hint
                    + ": an ICD-10 code is a letter, a digit and a digit or letter (M54, M1A), then optionally a dot"
                    + " and 1 to 4 letters or digits, like M54.16"));
        }
        return Icd10.retirement(value).map(why -> new Finding(Severity.WARNING, condition, code,
                why.substring(why.indexOf(" is no longer") + 1)));
    }

    /** Whether a code is in ICD-10 or ICD-10-CM, named as sources do ({@code ICD-10}) or by its FHIR system. */
    static boolean isIcd10(Code code) {
        return Icd10.isIcd10(code.system());
    }

    /**
     * The FHIR coding of a code: ICD-10 and ICD-10-CM codes in {@link #ICD_10_CM} in upper case with the title of known
     * codes; SNOMED CT in its system; a system already given as a URI kept; empty for a system FHIR has no URI for.
     */
    static Optional<FhirCoding> coding(Code code) {
        if (isIcd10(code)) {
            String value = code.code().strip().toUpperCase(Locale.ROOT);
            return Optional.of(new FhirCoding(ICD_10_CM, value, Icd10.nameOf(value).orElse(null)));
        }
        String system = code.system().strip();
        if (system.equalsIgnoreCase("SNOMED CT") || system.equalsIgnoreCase("SNOMED") || system.equals(SNOMED_CT)) {
            return Optional.of(new FhirCoding(SNOMED_CT, code.code().strip(), null));
        }
        if (system.matches("(https?|urn):\\S+")) {
            return Optional.of(new FhirCoding(system, code.code().strip(), null));
        }
        return Optional.empty();
    }

    /** A FHIR Coding: system URI, code and, when known, its display. */
    record FhirCoding(String system, String code, String display) {
    }
}
