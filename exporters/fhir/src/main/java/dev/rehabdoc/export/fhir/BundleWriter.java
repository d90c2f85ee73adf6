package dev.rehabdoc.export.fhir;

import dev.rehabdoc.export.ExportOptions;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Condition;
import dev.rehabdoc.model.Exercise;
import dev.rehabdoc.model.Program;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;

/**
 * Streams a catalog as one FHIR R4 {@code collection} Bundle: the clinic's Organization, an ActivityDefinition per exercise, a PlanDefinition
 * per condition and a CarePlan per program, in source order, each entry known by its name-based {@code urn:uuid:}.
 */
final class BundleWriter {
    /** The file the exporter writes. */
    static final String FILE_NAME = "fhir-bundle.json";

    private final Catalog catalog;
    private final ExportOptions options;
    private final Pictures pictures;

    BundleWriter(Catalog catalog, ExportOptions options, Pictures pictures) {
        this.catalog = catalog;
        this.options = options;
        this.pictures = pictures;
    }

    /** Writes the bundle and a final line end; leaves {@code out} open. */
    void writeTo(OutputStream out) throws IOException {
        RelatedArtifacts artifacts = new RelatedArtifacts(catalog, pictures);
        ActivityDefinitionWriter activities = new ActivityDefinitionWriter(catalog, artifacts);
        PlanDefinitionWriter plans = new PlanDefinitionWriter(catalog, artifacts);
        CarePlanWriter carePlans = new CarePlanWriter(catalog);
        try (FhirJson json = FhirJson.writingTo(out, options.bundles().compact())) {
            json.startObject();
            json.text("resourceType", "Bundle");
            json.startObject("meta");
            json.text("source", ResourceAddress.BASE + "#rehabdoc-" + options.version().replaceAll("\\s", "-"));
            json.endObject();
            json.text("type", "collection");
            json.text("timestamp", DateTimeFormatter.ISO_INSTANT.format(options.timestamp()));
            if (catalog.clinic().isPresent() || !catalog.exercises().isEmpty() || !catalog.conditions().isEmpty()
                    || !catalog.programs().isEmpty()) {
                json.startArray("entry");
                catalog.clinic().ifPresent(clinic -> entry(json, OrganizationWriter.ADDRESS,
                        () -> OrganizationWriter.write(json, clinic)));
                for (Exercise exercise : catalog.exercises()) {
                    entry(json, ActivityDefinitionWriter.address(exercise.id()), () -> activities.write(json, exercise));
                }
                for (Condition condition : catalog.conditions()) {
                    entry(json, PlanDefinitionWriter.address(condition.id()), () -> plans.write(json, condition));
                }
                for (Program program : catalog.programs()) {
                    entry(json, CarePlanWriter.address(program.id()), () -> carePlans.write(json, program));
                }
                json.endArray();
            }
            json.endObject();
        }
        out.write('\n');
    }

    private static void entry(FhirJson json, ResourceAddress address, Runnable resource) {
        json.startObject();
        json.text("fullUrl", address.fullUrl());
        json.name("resource");
        resource.run();
        json.endObject();
    }
}
