package dev.rehabdoc.model;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** ICD-10 codes: their syntax, and the names of the codes rehabdoc content commonly uses. */
public final class Icd10 {
    private static final Pattern SYNTAX = Pattern.compile("[A-TV-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");
    private static final Map<String, String> KNOWN = Map.of(
            "M54.12", "Radiculopathy, cervical region",
            "M54.16", "Radiculopathy, lumbar region",
            "M54.17", "Radiculopathy, lumbosacral region",
            "M54.2", "Cervicalgia",
            "M54.30", "Sciatica, unspecified side",
            "M54.31", "Sciatica, right side",
            "M54.32", "Sciatica, left side",
            "M54.50", "Low back pain, unspecified",
            "M54.5", "Low back pain");

    private Icd10() {
    }

    /** Whether a code system name means ICD-10 or one of its national editions, such as {@code ICD-10-CM}. */
    public static boolean isIcd10(String system) {
        return system != null && system.toUpperCase(Locale.ROOT).replace(" ", "").matches("ICD-?10(-[A-Z]{2,3})?");
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
