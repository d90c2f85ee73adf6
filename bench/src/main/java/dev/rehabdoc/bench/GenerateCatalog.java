package dev.rehabdoc.bench;

import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Program;
import dev.rehabdoc.testing.SyntheticCatalogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a synthetic YAML source of N exercises, with images, into a directory: {@code catalog.yaml} and
 * {@code images/}.
 *
 * <p>Usage: {@code GenerateCatalog EXERCISES DIRECTORY [--programs N] [--seed S]}. The catalog has one condition per
 * ten exercises and a 12-week program per condition; {@code --programs N} keeps only the first N programs, so that
 * per-program outputs stay a sensible number on large catalogs.
 */
public final class GenerateCatalog {
    private static final long DEFAULT_SEED = 8L;

    private GenerateCatalog() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length % 2 != 0) {
            System.err.println("usage: GenerateCatalog EXERCISES DIRECTORY [--programs N] [--seed S]");
            System.exit(2);
        }
        int exercises = Integer.parseInt(args[0]);
        Path directory = Path.of(args[1]);
        Integer programCap = null;
        long seed = DEFAULT_SEED;
        for (int i = 2; i < args.length; i += 2) {
            switch (args[i]) {
                case "--programs" -> programCap = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                default -> {
                    System.err.println("GenerateCatalog: unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }

        Files.createDirectories(directory);
        Catalog catalog = SyntheticCatalogs.generate(exercises, seed, directory.resolve("images"));
        if (programCap != null && programCap < catalog.programs().size()) {
            catalog = withPrograms(catalog, catalog.programs().subList(0, Math.max(1, programCap)));
        }
        Path file = directory.resolve("catalog.yaml");
        SyntheticCatalogs.writeYaml(catalog, file);

        int weeks = catalog.programs().stream().mapToInt(Program::weeks).max().orElse(0);
        long logRows = catalog.programs().stream()
                .mapToLong(program -> (long) program.weeks() * program.sessionsPerWeek() * program.exercises().size())
                .sum();
        System.out.printf("%s: %d exercises, %d conditions, %d programs of %d weeks (%d session-exercise rows), "
                        + "%d bytes%n", file, catalog.exercises().size(), catalog.conditions().size(),
                catalog.programs().size(), weeks, logRows, Files.size(file));
    }

    private static Catalog withPrograms(Catalog catalog, List<Program> programs) {
        return new Catalog(catalog.publication().orElse(null), catalog.experts(), catalog.riskFactors(),
                catalog.conditions(), catalog.exercises(), programs, catalog.glossary());
    }
}
