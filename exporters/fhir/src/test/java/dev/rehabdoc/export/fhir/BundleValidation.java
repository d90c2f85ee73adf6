package dev.rehabdoc.export.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import java.util.regex.Pattern;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;

/**
 * The HAPI FHIR R4 instance validator, offline (the chain has no remote terminology server, so nothing is fetched):
 * built once per test class, as it is slow to start.
 */
final class BundleValidation {
    /** The R4 context: the validator's, and the parser tests read bundles back with. */
    static final FhirContext R4 = FhirContext.forR4();

    /**
     * The only message a bundle may have, as a warning: offline, the validator does not know ICD-10-CM and says it
     * cannot validate its codes (the codes' form is checked by {@link ConditionCodes}). SNOMED CT codes draw no
     * message: the elements that carry them have example bindings.
     */
    private static final Pattern ALLOWED = Pattern.compile(
            "CodeSystem is unknown and can't be validated: http://hl7\\.org/fhir/sid/icd-10-cm for '.*'");

    private final FhirValidator validator;

    BundleValidation() {
        ValidationSupportChain support = new ValidationSupportChain(
                new DefaultProfileValidationSupport(R4),
                new InMemoryTerminologyServerValidationSupport(R4),
                new CommonCodeSystemsTerminologyService(R4));
        validator = R4.newValidator().registerValidatorModule(new FhirInstanceValidator(support));
    }

    /** Every message about a bundle's JSON except those {@link #ALLOWED}, as {@code SEVERITY location: message}. */
    List<String> problems(String json) {
        return validator.validateWithResult(json).getMessages().stream()
                .filter(message -> !allowed(message))
                .map(message -> message.getSeverity() + " " + message.getLocationString() + ": " + message.getMessage())
                .toList();
    }

    private static boolean allowed(SingleValidationMessage message) {
        return message.getSeverity() != ResultSeverityEnum.ERROR && message.getSeverity() != ResultSeverityEnum.FATAL
                && ALLOWED.matcher(message.getMessage()).matches();
    }

    /** The bundle as HAPI's R4 model reads it. */
    static Bundle parse(String json) {
        return R4.newJsonParser().parseResource(Bundle.class, json);
    }
}
