package dev.rehabdoc.export.fhir;

import dev.rehabdoc.export.fhir.ConditionCodes.FhirCoding;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Exercise;
import dev.rehabdoc.model.Publication;
import dev.rehabdoc.model.Step;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An exercise as an ActivityDefinition: a {@code ServiceRequest} for exercise therapy whose description holds the
 * summary and the numbered steps, whose dose is a timing and a dosage, and whose quotes and evidence are related
 * artifacts.
 */
final class ActivityDefinitionWriter {
    static final String TYPE = "ActivityDefinition";
    /** SNOMED CT 229065009 |Exercise therapy (regime/therapy)|, as the HL7 Physical Activity guide codes it. */
    static final FhirCoding EXERCISE_THERAPY = new FhirCoding(ConditionCodes.SNOMED_CT, "229065009", "Exercise therapy");

    private final Catalog catalog;
    private final RelatedArtifacts artifacts;

    ActivityDefinitionWriter(Catalog catalog, RelatedArtifacts artifacts) {
        this.catalog = catalog;
        this.artifacts = artifacts;
    }

    static ResourceAddress address(String exerciseId) {
        return ResourceAddress.of(TYPE, exerciseId);
    }

    void write(FhirJson json, Exercise exercise) {
        ResourceAddress address = address(exercise.id());
        json.startObject();
        json.text("resourceType", TYPE);
        json.text("id", address.id());
        narrative(exercise).write(json);
        json.text("url", address.url());
        json.text("name", ComputableName.of(exercise.id()));
        json.text("title", exercise.name());
        json.text("status", "active");
        json.text("date", catalog.publication().map(Publication::updated).map(Object::toString).orElse(null));
        json.text("description", description(exercise));
        topics(json, exercise);
        artifacts.write(json, exercise.quotes(), exercise.evidence(), exercise.images(), false);
        json.text("kind", "ServiceRequest");
        json.codeableConcept("code", List.of(EXERCISE_THERAPY), null);
        Dosage.timing(json, "timingTiming", exercise.dose());
        Dosage.write(json, exercise.dose(), exercise.cautions());
        json.endObject();
    }

    private Narrative narrative(Exercise exercise) {
        return new Narrative()
                .title(exercise.name())
                .paragraph(exercise.summary())
                .numbered(exercise.steps().stream().map(Step::text).toList())
                .paragraph(exercise.dose().isEmpty() ? null : "Dose: " + exercise.dose().describe() + ".")
                .bulleted("Cautions:", exercise.cautions())
                .bulleted("What experts say:", exercise.quotes().stream()
                        .map(quote -> RelatedArtifacts.quotation(quote, catalog.expert(quote.expert())))
                        .toList())
                .bulleted("Pictures:", exercise.images().stream()
                        .map(image -> Stream.of(image.caption(), image.credit(), image.licence())
                                .filter(part -> part != null && !part.isBlank())
                                .collect(Collectors.joining(", ")))
                        .filter(text -> !text.isEmpty())
                        .toList())
                .bulleted("Evidence:", exercise.evidence().stream()
                        .map(finding -> finding.source() == null ? finding.claim()
                                : finding.claim() + " (" + finding.source() + ")")
                        .toList());
    }

    /** The summary, then the steps as a numbered list. */
    static String description(Exercise exercise) {
        return Markdown.paragraphs(Stream.of(
                        exercise.summary() == null ? null : Markdown.escape(exercise.summary()),
                        Markdown.numbered(exercise.steps().stream().map(Step::text).toList()))
                .toList());
    }

    /** The kind of exercise and its tags, as descriptive topics. */
    private static void topics(FhirJson json, Exercise exercise) {
        json.startArray("topic");
        json.codeableConcept(List.of(), exercise.kind().label());
        for (String tag : exercise.tags()) {
            json.codeableConcept(List.of(), tag);
        }
        json.endArray();
    }
}
