package dev.rehabdoc.export.fhir;

import dev.rehabdoc.export.ExportException;
import dev.rehabdoc.export.ExportOptions;
import dev.rehabdoc.export.ExportTarget;
import dev.rehabdoc.export.Exporter;
import dev.rehabdoc.export.fhir.ConditionCodes.Finding;
import dev.rehabdoc.export.fhir.ConditionCodes.Severity;
import dev.rehabdoc.model.Catalog;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/** Writes the catalog as one FHIR R4 Bundle, {@code fhir-bundle.json}, for clinical systems. */
public final class FhirExporter implements Exporter {

    @Override
    public String formatId() {
        return "fhir";
    }

    @Override
    public String description() {
        return "A FHIR R4 Bundle (fhir-bundle.json): activity definitions, condition protocols and care plans";
    }

    /**
     * {@inheritDoc}
     *
     * @throws ExportException when a condition has an ICD-10 code that is not well formed
     */
    @Override
    public void export(Catalog catalog, ExportOptions options, ExportTarget target) throws ExportException, IOException {
        List<Finding> errors = ConditionCodes.review(catalog).stream()
                .filter(finding -> finding.severity() == Severity.ERROR)
                .toList();
        if (!errors.isEmpty()) {
            throw new ExportException(errors.stream()
                    .map(Finding::describe)
                    .collect(Collectors.joining("; ")));
        }
        Pictures pictures = Pictures.read(catalog, options.bundles().embedImages());
        target.write(BundleWriter.FILE_NAME, new BundleWriter(catalog, options, pictures)::writeTo);
    }
}
