package dev.rehabdoc.export.pdf;

import dev.rehabdoc.export.ExportOptions;
import dev.rehabdoc.export.ExportTarget;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Condition;
import dev.rehabdoc.model.Exercise;
import dev.rehabdoc.testing.SyntheticCatalogs;
import java.nio.file.Path;
import java.util.List;

/**
 * A measurement run by hand, not a test: exports a synthetic catalog with pictures and prints how long it took.
 *
 * <p>Arguments: the number of exercises, an output directory, and optionally {@code one} to put every exercise into a
 * single condition handout (the largest document) instead of one handout per ten exercises.
 */
final class PdfBenchmark {

    private PdfBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int exercises = Integer.parseInt(args[0]);
        Path directory = Path.of(args[1]);
        Catalog catalog = SyntheticCatalogs.generate(exercises, 1, directory.resolve("images"));
        if (args.length > 2 && args[2].equals("one")) {
            catalog = oneCondition(catalog);
        }
        long start = System.nanoTime();
        try (ExportTarget target = ExportTarget.in(directory.resolve("pdf"))) {
            new PdfExporter().export(catalog, ExportOptions.defaults(), target);
            int files = target.commit().size();
            System.out.printf("%d exercises, %d PDF files, export %.1f s%n", exercises, files,
                    (System.nanoTime() - start) / 1e9);
        }
    }

    private static Catalog oneCondition(Catalog catalog) {
        Condition first = catalog.conditions().getFirst();
        Condition all = new Condition(first.id(), first.name(), first.clinicalName(), first.summary(),
                first.symptoms(), first.bodyRegions(), first.riskFactors(),
                catalog.exercises().stream().map(Exercise::id).toList(), first.avoid(), first.seeADoctorIf(),
                first.advice(), first.quotes(), first.codes());
        return new Catalog(catalog.publication().orElseThrow(), catalog.experts(), catalog.riskFactors(),
                List.of(all), catalog.exercises(), List.of());
    }
}
