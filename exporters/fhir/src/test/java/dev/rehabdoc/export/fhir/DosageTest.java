package dev.rehabdoc.export.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehabdoc.model.Dose;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hl7.fhir.r4.model.ActivityDefinition;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Dosage.DosageDoseAndRateComponent;
import org.hl7.fhir.r4.model.Timing;
import org.junit.jupiter.api.Test;

class DosageTest {

    @Test
    void aFullDoseIsTimedAndQuantifiedAndItsTextIsTheDoseInWords() {
        Dose dose = new Dose(2, 10, 30, 15, 3);

        ActivityDefinition definition = readBack(dose, List.of("Stop if the pain spreads."));

        assertThat(definition.getTimingTiming().getRepeat().getFrequency()).isEqualTo(3);
        assertThat(definition.getTimingTiming().getRepeat().getPeriod().intValue()).isEqualTo(1);
        assertThat(definition.getTimingTiming().getRepeat().getPeriodUnit()).isEqualTo(Timing.UnitsOfTime.WK);
        assertThat(definition.getTimingTiming().getRepeat().getDuration().intValue()).isEqualTo(15);
        assertThat(definition.getTimingTiming().getRepeat().getDurationUnit()).isEqualTo(Timing.UnitsOfTime.MIN);
        org.hl7.fhir.r4.model.Dosage dosage = definition.getDosageFirstRep();
        assertThat(dosage.getText()).isEqualTo(dose.describe())
                .isEqualTo("2 sets of 10 repetitions, hold 30 seconds, 15 minutes, 3 times a week");
        assertThat(dosage.getAdditionalInstruction()).extracting(CodeableConcept::getText)
                .containsExactly("Stop if the pain spreads.");
        assertThat(dosage.getDoseAndRate()).extracting(rate -> rate.getType().getText(),
                        rate -> rate.getDoseQuantity().getValue().intValue(), rate -> rate.getDoseQuantity().getCode())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Sets", 2, "1"),
                        org.assertj.core.groups.Tuple.tuple("Repetitions per set", 10, "1"),
                        org.assertj.core.groups.Tuple.tuple("Hold", 30, "s"));
        assertThat(dosage.getTiming().getRepeat().getFrequency()).isEqualTo(3);
    }

    @Test
    void repetitionsAloneAreNotPerSet() {
        ActivityDefinition definition = readBack(new Dose(null, 5, null, null, null), List.of());

        assertThat(definition.hasTimingTiming()).isFalse();
        assertThat(definition.getDosageFirstRep().getDoseAndRate()).extracting(DosageDoseAndRateComponent::getType)
                .extracting(CodeableConcept::getText).containsExactly("Repetitions");
    }

    @Test
    void noDoseAndNoCautionsWriteNothing() {
        ActivityDefinition definition = readBack(Dose.NONE, List.of());

        assertThat(definition.hasDosage()).isFalse();
        assertThat(definition.hasTimingTiming()).isFalse();
    }

    private static ActivityDefinition readBack(Dose dose, List<String> cautions) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (FhirJson json = FhirJson.writingTo(out, false)) {
            json.startObject();
            json.text("resourceType", "ActivityDefinition");
            json.text("status", "active");
            Dosage.timing(json, "timingTiming", dose);
            Dosage.write(json, dose, cautions);
            json.endObject();
        }
        return BundleValidation.R4.newJsonParser()
                .parseResource(ActivityDefinition.class, out.toString(StandardCharsets.UTF_8));
    }
}
