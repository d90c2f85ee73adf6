package dev.rehabdoc.model;

import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** ICD-10 codes: their syntax, and the names of the codes rehabdoc content commonly uses. */
public final class Icd10 {
    private static final Pattern SYNTAX = Pattern.compile("[A-TV-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");
    private static final Pattern WITHOUT_DOT = Pattern.compile("([A-TV-Z][0-9][0-9A-Z])([0-9A-Z]{1,4})");
    /** The FHIR systems of ICD-10 and ICD-10-CM. */
    private static final Set<String> FHIR_SYSTEMS = Set.of("http://hl7.org/fhir/sid/icd-10",
            "http://hl7.org/fhir/sid/icd-10-cm");
    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("M54.12", "Radiculopathy, cervical region"),
            Map.entry("M54.16", "Radiculopathy, lumbar region"),
            Map.entry("M54.17", "Radiculopathy, lumbosacral region"),
            Map.entry("M54.2", "Cervicalgia"),
            Map.entry("M54.30", "Sciatica, unspecified side"),
            Map.entry("M54.31", "Sciatica, right side"),
            Map.entry("M54.32", "Sciatica, left side"),
            Map.entry("M54.5", "Low back pain"),
            Map.entry("M54.50", "Low back pain, unspecified"),
            Map.entry("M54.51", "Vertebrogenic low back pain"),
            Map.entry("M54.59", "Other low back pain"));

    private Icd10() {
    }

    /**
     * Whether a code system means ICD-10 or one of its national editions: by name ({@code ICD-10}, {@code ICD-10-CM})
     * or by its FHIR system URI.
     */
    public static boolean isIcd10(String system) {
        return system != null && (FHIR_SYSTEMS.contains(system.strip())
                || system.toUpperCase(Locale.ROOT).replace(" ", "").matches("ICD-?10(-?[A-Z]{2,3})?"));
    }

    /** The well-formed code a malformed one was probably meant to be, such as {@code M54.16} for {@code m5416}. */
    public static Optional<String> correction(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        if (isWellFormed(upper) && !upper.equals(code)) {
            return Optional.of(upper);
        }
        var withoutDot = WITHOUT_DOT.matcher(upper);
        return withoutDot.matches() ? Optional.of(withoutDot.group(1) + "." + withoutDot.group(2)) : Optional.empty();
    }

    /** Whether a code is written as ICD-10 writes codes: a letter, two characters, then a dot and up to four. */
    public static boolean isWellFormed(String code) {
        return code != null && SYNTAX.matcher(code).matches();
    }

    /** The name of a code rehabdoc knows, such as {@code Radiculopathy, lumbar region} for M54.16. */
    public static Optional<String> nameOf(String code) {
        return Optional.ofNullable(KNOWN.get(code));
    }

    /** Why a code should no longer be used, if it should not: M54.5 stopped being billable in ICD-10-CM in 2021. */
    public static Optional<String> retirement(String code) {
        return "M54.5".equals(code)
                ? Optional.of("M54.5 (low back pain) is no longer billable in ICD-10-CM since October 2021; use "
                        + "M54.50, M54.51 or M54.59")
                : Optional.empty();
    }
}
