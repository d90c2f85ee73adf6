package dev.rehabdoc.export.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehabdoc.export.fhir.ConditionCodes.FhirCoding;
import dev.rehabdoc.export.fhir.ConditionCodes.Finding;
import dev.rehabdoc.export.fhir.ConditionCodes.Severity;
import dev.rehabdoc.model.Code;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ConditionCodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"M54.12", "M54.16", "M54.30", "M54.31", "M54.32", "M51.16", "M54", "S13.4XXA", "M1A.0",
            "m54.16", " M54.16 "})
    void wellFormedCodesPass(String code) {
        assertThat(ConditionCodes.review("neck", new Code("ICD-10-CM", code))).isEmpty();
        assertThat(ConditionCodes.review("neck", new Code("ICD-10", code))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"M5", "54.16", "M54.", "M54.12345", "M54-16", "M54 16", "MM4.16", "M54.1_", "radiculopathy"})
    void malformedCodesAreErrorsNamingTheConditionAndTheCode(String code) {
        Optional<Finding> finding = ConditionCodes.review("neck", new Code("ICD-10", code));

        assertThat(finding).get().satisfies(found -> {
            assertThat(found.severity()).isEqualTo(Severity.ERROR);
            assertThat(found.describe()).startsWith("condition 'neck': ICD-10 code '" + code + "' is not well formed: an ICD-10 code is");
        });
    }

    @Test
    void aCodeWithoutItsDotSuggestsTheDottedForm() {
        assertThat(ConditionCodes.review("back", new Code("ICD-10-CM", "M5416")))
                .get().extracting(Finding::message).asString().startsWith("is not well formed (did you mean M54.16?): ");
    }

    @Test
    void m545IsAWarningNamingItsReplacements() {
        Optional<Finding> finding = ConditionCodes.review("back", new Code("ICD-10-CM", "M54.5"));

        assertThat(finding).get().satisfies(found -> {
            assertThat(found.severity()).isEqualTo(Severity.WARNING);
            assertThat(found.message()).contains("no longer billable").contains("M54.50, M54.51 or M54.59");
        });
    }

    @Test
    void codesOfOtherSystemsAreNotChecked() {
        assertThat(ConditionCodes.review("back", new Code("SNOMED CT", "not-an-icd-code"))).isEmpty();
        assertThat(ConditionCodes.review("back", new Code("ICPC-2", "L86"))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "ICD-10, m54.16, http://hl7.org/fhir/sid/icd-10-cm, M54.16, 'Radiculopathy, lumbar region'",
            "ICD-10-CM, M54.12, http://hl7.org/fhir/sid/icd-10-cm, M54.12, 'Radiculopathy, cervical region'",
            "icd10cm, M54.31, http://hl7.org/fhir/sid/icd-10-cm, M54.31, 'Sciatica, right side'",
            "http://hl7.org/fhir/sid/icd-10-cm, M51.16, http://hl7.org/fhir/sid/icd-10-cm, M51.16, ",
            "SNOMED CT, 128196005, http://snomed.info/sct, 128196005, ",
            "http://example.org/codes, X1, http://example.org/codes, X1, "})
    void codesBecomeFhirCodings(String system, String code, String fhirSystem, String fhirCode, String display) {
        assertThat(ConditionCodes.coding(new Code(system, code))).contains(new FhirCoding(fhirSystem, fhirCode, display));
    }

    @Test
    void aSystemFhirHasNoUriForGivesNoCoding() {
        assertThat(ConditionCodes.coding(new Code("ICPC-2", "L86"))).isEmpty();
    }
}
