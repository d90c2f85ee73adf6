package dev.rehabdoc.export.fhir;

import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Code;
import dev.rehabdoc.model.Condition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The codes of conditions as FHIR codings, and what is wrong with them: an ICD-10 code that is not well formed is an
 * error; a code ICD-10-CM no longer bills is a warning; a well-formed code rehabdoc does not know passes.
 */
final class ConditionCodes {
    /** The FHIR system of ICD-10-CM, which rehabdoc's ICD-10 codes (such as {@code M54.16}) belong to. */
    static final String ICD_10_CM = "http://hl7.org/fhir/sid/icd-10-cm";
    static final String SNOMED_CT = "http://snomed.info/sct";

    /** A letter, a digit, a digit or letter (ICD-10-CM has categories like {@code M1A}), then a dot and 1-4 more. */
    private static final Pattern ICD_10 = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");
    private static final Pattern ICD_10_WITHOUT_DOT = Pattern.compile("([A-Z][0-9][0-9A-Z])([0-9A-Z]{1,4})");

    /** Common codes of the conditions rehabdoc content is about, with their ICD-10-CM titles. */
    private static final Map<String, String> KNOWN = Map.of(
            "M54.12", "Radiculopathy, cervical region",
            "M54.16", "Radiculopathy, lumbar region",
            "M54.30", "Sciatica, unspecified side",
            "M54.31", "Sciatica, right side",
            "M54.32", "Sciatica, left side",
            "M54.5", "Low back pain",
            "M54.50", "Low back pain, unspecified",
            "M54.51", "Vertebrogenic low back pain",
            "M54.59", "Other low back pain");

    /** Codes ICD-10-CM turned into headers, with what replaced them. */
    private static final Map<String, String> NO_LONGER_BILLABLE = Map.of(
            "M54.5", "is no longer billable in ICD-10-CM since October 2021; use M54.50, M54.51 or M54.59");

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
        if (!ICD_10.matcher(value).matches()) {
            var withoutDot = ICD_10_WITHOUT_DOT.matcher(value);
            String hint = withoutDot.matches()
                    ? " (did you mean " + withoutDot.group(1) + "." + withoutDot.group(2) + "?)"
                    : "";
            return Optional.of(new Finding(Severity.ERROR, condition, code, "is not well formed" + hint
                    + ": an ICD-10 code is a letter, a digit and a digit or letter (M54, M1A), then optionally a dot"
                    + " and 1 to 4 letters or digits, like M54.16"));
        }
        String retired = NO_LONGER_BILLABLE.get(value);
        return retired == null ? Optional.empty() : Optional.of(new Finding(Severity.WARNING, condition, code, retired));
    }

    /** Whether a code is in ICD-10 or ICD-10-CM, named as sources do ({@code ICD-10}) or by its FHIR system. */
    static boolean isIcd10(Code code) {
        String system = code.system().strip().toLowerCase(Locale.ROOT).replace(" ", "-");
        return system.equals("icd-10") || system.equals("icd-10-cm") || system.equals("icd10") || system.equals("icd10cm")
                || system.equals(ICD_10_CM) || system.equals("http://hl7.org/fhir/sid/icd-10");
    }

    /**
     * The FHIR coding of a code: ICD-10 and ICD-10-CM codes in {@link #ICD_10_CM} in upper case with the title of known
     * codes; SNOMED CT in its system; a system already given as a URI kept; empty for a system FHIR has no URI for.
     */
    static Optional<FhirCoding> coding(Code code) {
        if (isIcd10(code)) {
            String value = code.code().strip().toUpperCase(Locale.ROOT);
            return Optional.of(new FhirCoding(ICD_10_CM, value, KNOWN.get(value)));
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
