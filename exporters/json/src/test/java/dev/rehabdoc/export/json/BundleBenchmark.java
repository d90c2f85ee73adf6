package dev.rehabdoc.export.json;

import dev.rehabdoc.export.ExportOptions;
import dev.rehabdoc.export.ExportTarget;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.testing.SyntheticCatalogs;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A measurement run by hand, not a test: exports a large synthetic catalog and prints the times and the bundle's
 * size. Arguments: exercises, seed, output directory, and optionally {@code images} or {@code embed}. See
 * docs/benchmarks.md for how it is run.
 */
final class BundleBenchmark {

    private BundleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int exercises = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        Path out = Path.of(args[2]);
        String images = args.length > 3 ? args[3] : "none";
        long start = System.nanoTime();
        Catalog catalog = SyntheticCatalogs.generate(exercises, seed,
                images.equals("none") ? null : Files.createTempDirectory("rehabdoc-benchmark-images"));
        long generated = System.nanoTime();
        try (ExportTarget target = ExportTarget.in(out)) {
            new JsonExporter().export(catalog, ExportOptions.defaults().withEmbedImages(images.equals("embed")), target);
            target.commit();
        }
        long exported = System.nanoTime();
        System.out.printf("generate %d exercises: %d ms; export: %d ms; bundle.json: %.1f MB%n", exercises,
                (generated - start) / 1_000_000, (exported - generated) / 1_000_000,
                Files.size(out.resolve(BundleLayout.FILE_NAME)) / 1e6);
    }
}
