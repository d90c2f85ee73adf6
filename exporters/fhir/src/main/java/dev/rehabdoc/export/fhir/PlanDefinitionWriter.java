package dev.rehabdoc.export.fhir;

import dev.rehabdoc.export.fhir.ConditionCodes.FhirCoding;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Condition;
import dev.rehabdoc.model.Exercise;
import dev.rehabdoc.model.Publication;
import dev.rehabdoc.model.RiskFactor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A condition as a clinical-protocol PlanDefinition: its codes as the clinical focus of its use context, and actions
 * for the recommended exercises in order (each pointing at its ActivityDefinition), the advice, what to avoid and
 * when to see a doctor.
 */
final class PlanDefinitionWriter {
    static final String TYPE = "PlanDefinition";
    private static final FhirCoding CLINICAL_PROTOCOL = new FhirCoding(
            "http://terminology.hl7.org/CodeSystem/plan-definition-type", "clinical-protocol", "Clinical Protocol");
    private static final FhirCoding CLINICAL_FOCUS = new FhirCoding(
            "http://terminology.hl7.org/CodeSystem/usage-context-type", "focus", "Clinical Focus");

    private final Catalog catalog;
    private final RelatedArtifacts artifacts;

    PlanDefinitionWriter(Catalog catalog, RelatedArtifacts artifacts) {
        this.catalog = catalog;
        this.artifacts = artifacts;
    }

    static ResourceAddress address(String conditionId) {
        return ResourceAddress.of(TYPE, conditionId);
    }

    void write(FhirJson json, Condition condition) {
        ResourceAddress address = address(condition.id());
        json.startObject();
        json.text("resourceType", TYPE);
        json.text("id", address.id());
        narrative(condition).write(json);
        json.text("url", address.url());
        json.text("name", ComputableName.of(condition.id()));
        json.text("title", condition.name());
        json.text("subtitle", condition.clinicalName());
        json.codeableConcept("type", List.of(CLINICAL_PROTOCOL), null);
        json.text("status", "active");
        json.text("date", catalog.publication().map(Publication::updated).map(Object::toString).orElse(null));
        catalog.clinic().ifPresent(clinic -> json.text("publisher", clinic.name().strip()));
        json.text("description", description(condition));
        useContext(json, condition);
        artifacts.write(json, condition.quotes(), List.of(), List.of(), true);
        json.startArray("action");
        exercises(json, condition);
        group(json, "Advice", condition.advice());
        group(json, "Avoid", condition.avoid());
        group(json, "See a doctor if", condition.seeADoctorIf());
        json.endArray();
        json.endObject();
    }

    private Narrative narrative(Condition condition) {
        return new Narrative()
                .title(condition.name())
                .paragraph(condition.clinicalName())
                .paragraph(condition.summary())
                .paragraph("Recommended exercises, in order:")
                .numbered(catalog.exercisesOf(condition).stream().map(Exercise::name).toList())
                .bulleted("Advice:", condition.advice())
                .bulleted("Avoid:", condition.avoid())
                .bulleted("See a doctor if:", condition.seeADoctorIf())
                .bulleted("What experts say:", condition.quotes().stream()
                        .map(quote -> RelatedArtifacts.quotation(quote, catalog.expert(quote.expert())))
                        .toList());
    }

    /** The summary, then the symptoms, where they appear, the risk factors and any code FHIR has no system for. */
    private String description(Condition condition) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(Markdown.escape(condition.summary()));
        if (!condition.symptoms().isEmpty()) {
            String where = condition.bodyRegions().isEmpty() ? "" : " (in " + String.join(", ", condition.bodyRegions()) + ")";
            paragraphs.add(Markdown.escape("Symptoms: " + String.join(", ", condition.symptoms()) + where + "."));
        } else if (!condition.bodyRegions().isEmpty()) {
            paragraphs.add(Markdown.escape("Where: " + String.join(", ", condition.bodyRegions()) + "."));
        }
        List<String> risks = catalog.riskFactorsOf(condition).stream().map(PlanDefinitionWriter::riskFactor).toList();
        if (!risks.isEmpty()) {
            paragraphs.add(Markdown.escape("Risk factors: " + String.join("; ", risks) + "."));
        }
        List<String> uncoded = condition.codes().stream()
                .filter(code -> ConditionCodes.coding(code).isEmpty())
                .map(code -> code.system() + " " + code.code())
                .toList();
        if (!uncoded.isEmpty()) {
            paragraphs.add(Markdown.escape("Codes: " + String.join(", ", uncoded) + "."));
        }
        return Markdown.paragraphs(paragraphs);
    }

    private static String riskFactor(RiskFactor factor) {
        return factor.description() == null || factor.description().isBlank()
                ? factor.name()
                : factor.name() + " (" + factor.description() + ")";
    }

    /** The condition's codes, and its clinical name as text, as the clinical focus the protocol is for. */
    private static void useContext(FhirJson json, Condition condition) {
        List<FhirCoding> codings = condition.codes().stream()
                .map(ConditionCodes::coding)
                .flatMap(Optional::stream)
                .toList();
        json.startArray("useContext");
        json.startObject();
        json.startObject("code");
        json.text("system", CLINICAL_FOCUS.system());
        json.text("code", CLINICAL_FOCUS.code());
        json.text("display", CLINICAL_FOCUS.display());
        json.endObject();
        json.codeableConcept("valueCodeableConcept", codings,
                condition.clinicalName() != null && !condition.clinicalName().isBlank()
                        ? condition.clinicalName() : condition.name());
        json.endObject();
        json.endArray();
    }

    /** The recommended exercises, numbered in the recommended order, each defined by its ActivityDefinition. */
    private void exercises(FhirJson json, Condition condition) {
        List<Exercise> exercises = catalog.exercisesOf(condition);
        if (exercises.isEmpty()) {
            return;
        }
        json.startObject();
        json.text("title", "Recommended exercises");
        json.text("groupingBehavior", "logical-group");
        json.text("selectionBehavior", "any");
        json.startArray("action");
        for (int i = 0; i < exercises.size(); i++) {
            Exercise exercise = exercises.get(i);
            json.startObject();
            json.text("prefix", Integer.toString(i + 1));
            json.text("title", exercise.name());
            json.text("definitionCanonical", ActivityDefinitionWriter.address(exercise.id()).url());
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }

    /** A group of text-only actions, one per line of the source; nothing when there are none. */
    private static void group(FhirJson json, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        json.startObject();
        json.text("title", title);
        json.startArray("action");
        for (String line : lines) {
            json.startObject();
            json.text("description", line);
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }
}
