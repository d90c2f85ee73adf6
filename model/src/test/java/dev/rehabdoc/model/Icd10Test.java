package dev.rehabdoc.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Icd10Test {

    @Test
    void knowsTheSyntaxOfCodes() {
        assertThat(Icd10.isWellFormed("M54.16")).isTrue();
        assertThat(Icd10.isWellFormed("M54.5")).isTrue();
        assertThat(Icd10.isWellFormed("C4A.0")).isTrue();
        assertThat(Icd10.isWellFormed("M54")).isTrue();
        assertThat(Icd10.isWellFormed("M5416")).isFalse();
        assertThat(Icd10.isWellFormed("m54.16")).isFalse();
        assertThat(Icd10.isWellFormed("U07.1X")).isFalse();
        assertThat(Icd10.isWellFormed("54.16")).isFalse();
    }

    @Test
    void namesCommonCodesAndRetiresM545() {
        assertThat(Icd10.nameOf("M54.12")).contains("Radiculopathy, cervical region");
        assertThat(Icd10.nameOf("M54.31")).contains("Sciatica, right side");
        assertThat(Icd10.nameOf("Z99.9")).isEmpty();
        assertThat(Icd10.retirement("M54.5")).hasValueSatisfying(why -> assertThat(why).contains("no longer billable"));
        assertThat(Icd10.retirement("M54.50")).isEmpty();
    }

    @Test
    void suggestsTheCodeAMalformedOneMeant() {
        assertThat(Icd10.correction("M5416")).contains("M54.16");
        assertThat(Icd10.correction("m54.16")).contains("M54.16");
        assertThat(Icd10.correction("back pain")).isEmpty();
    }

    @Test
    void recognisesTheSystemsNames() {
        assertThat(Icd10.isIcd10("ICD-10")).isTrue();
        assertThat(Icd10.isIcd10("icd-10-cm")).isTrue();
        assertThat(Icd10.isIcd10("ICD10")).isTrue();
        assertThat(Icd10.isIcd10("http://hl7.org/fhir/sid/icd-10-cm")).isTrue();
        assertThat(Icd10.isIcd10("SNOMED CT")).isFalse();
    }
}
