package dev.rehabdoc.testing;

import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Code;
import dev.rehabdoc.model.Condition;
import dev.rehabdoc.model.Dose;
import dev.rehabdoc.model.Evidence;
import dev.rehabdoc.model.Exercise;
import dev.rehabdoc.model.ExerciseKind;
import dev.rehabdoc.model.Expert;
import dev.rehabdoc.model.GlossaryTerm;
import dev.rehabdoc.model.Image;
import dev.rehabdoc.model.Program;
import dev.rehabdoc.model.ProgramExercise;
import dev.rehabdoc.model.Publication;
import dev.rehabdoc.model.Quote;
import dev.rehabdoc.model.RelatedArticle;
import dev.rehabdoc.model.RiskFactor;
import dev.rehabdoc.model.Step;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Valid catalogs of any size, made from a seed, for tests and benchmarks of every module; and the same catalogs
 * written as YAML sources.
 */
public final class SyntheticCatalogs {
    private static final String[] VERBS = {"Lift", "Lower", "Hold", "Breathe in and", "Slowly", "Gently", "Turn",
            "Bend", "Straighten", "Rest and"};
    private static final String[] PARTS = {"your arms", "the left knee", "both shoulders", "your head", "the hips",
            "your back", "the right foot", "your chin", "both hands", "the spine"};
    private static final String[] WORDS = {"Exercise", "helps", "the", "nerve", "recover", "when", "it", "is",
            "done", "slowly", "and", "without", "pain", "every", "day", "for", "a", "few", "weeks", "Zoë’s", "café",
            "—", "“gentle”", "Ångström", "Łódź"};

    private SyntheticCatalogs() {
    }

    /** A catalog of {@code exercises} exercises, one condition per ten of them, and a 12-week program per condition. */
    public static Catalog generate(int exercises, long seed) {
        return generate(exercises, seed, null);
    }

    /**
     * Like {@link #generate(int, long)}, with a picture for each exercise when {@code imageDirectory} is given: a few
     * distinct small PNG and JPEG files written there and shared among the exercises.
     */
    public static Catalog generate(int exerciseCount, long seed, Path imageDirectory) {
        Random random = new Random(seed);
        List<Path> pictures = imageDirectory == null ? List.of() : pictures(imageDirectory);
        List<Expert> experts = List.of(
                new Expert("expert-a", "Ana Álvarez", "MD", "Physiatrist", "Clínica Norte"),
                new Expert("expert-b", "Борис Петров", "PT, DPT", "Physical therapist", "Spine & Joint Centre"),
                new Expert("expert-c", "Chloé O’Neil", null, null, null));
        List<RiskFactor> riskFactors = List.of(
                new RiskFactor("obesity", "Obesity", null),
                new RiskFactor("poor-posture", "Poor posture", "Slouching for long hours."),
                new RiskFactor("injury", "Injury", null));

        List<Exercise> exercises = new ArrayList<>(exerciseCount);
        for (int i = 0; i < exerciseCount; i++) {
            List<Step> steps = new ArrayList<>();
            for (int s = 0, n = 3 + random.nextInt(5); s < n; s++) {
                steps.add(new Step(VERBS[random.nextInt(VERBS.length)] + " " + PARTS[random.nextInt(PARTS.length)]
                        + " and count to " + (2 + random.nextInt(9)) + "."));
            }
            Dose dose = random.nextInt(4) == 0 ? Dose.NONE
                    : new Dose(1 + random.nextInt(3), 5 + random.nextInt(10), random.nextBoolean() ? 30 : null, null,
                            3);
            // Every other picture has an alt text; the others are read by their caption.
            String alt = i % 2 == 0 ? "A person holding position " + (i + 1) + ", seen from the side" : null;
            List<Image> images = pictures.isEmpty() ? List.of()
                    : List.of(new Image(pictures.get(i % pictures.size()), alt, "Position " + (i + 1), "Synthetic",
                            "CC0"));
            exercises.add(new Exercise("exercise-" + (i + 1), "Exercise " + (i + 1) + " " + sentence(random, 2),
                    ExerciseKind.values()[i % ExerciseKind.values().length], sentence(random, 25), steps, dose,
                    random.nextBoolean() ? List.of("Stop if the pain spreads.") : List.of(),
                    List.of("no equipment"), images,
                    List.of(new Quote(experts.get(i % experts.size()).id(), sentence(random, 18))),
                    random.nextInt(3) == 0 ? List.of(new Evidence(sentence(random, 8), "A synthetic study")) : List.of()));
        }

        List<Condition> conditions = new ArrayList<>();
        List<Program> programs = new ArrayList<>();
        int conditionCount = Math.max(1, exerciseCount / 10);
        for (int c = 0; c < conditionCount; c++) {
            List<String> recommended = new ArrayList<>();
            for (int e = c * 10; e < Math.min(exerciseCount, c * 10 + 10); e++) {
                recommended.add(exercises.get(e).id());
            }
            if (recommended.isEmpty()) {
                recommended.add(exercises.getFirst().id());
            }
            String id = "condition-" + (c + 1);
            conditions.add(new Condition(id, "Condition " + (c + 1), "Radiculopathy " + (c + 1), sentence(random, 30),
                    List.of("Pain", "Tingling"), List.of("neck", "arms"), List.of("obesity", "injury"), recommended,
                    List.of("Heavy lifting"), List.of("Symptoms last more than a week"), List.of("Rest in a flare-up"),
                    List.of(new Quote("expert-a", sentence(random, 20))), List.of(new Code("ICD-10", "M54.12"))));
            List<ProgramExercise> prescribed = recommended.stream()
                    .map(exercise -> new ProgramExercise(exercise, new Dose(2, null, null, null, null), "Go slowly."))
                    .toList();
            programs.add(new Program("program-" + (c + 1), "Program " + (c + 1), id,
                    c % 2 == 0 ? "Patient " + (c + 1) : null, "Dr. Example", LocalDate.of(2026, 1, 5).plusDays(c),
                    12, 3, prescribed));
        }
        Publication publication = new Publication("Synthetic exercises", "Made for tests", true,
                LocalDate.of(2026, 1, 1), List.of("expert-a"), List.of(new RelatedArticle("More", null)));
        List<GlossaryTerm> glossary = List.of(
                new GlossaryTerm("Radiculopathy", "Pain, tingling or weakness from a pinched nerve root."),
                new GlossaryTerm("Flare-up", "A time when symptoms suddenly get worse."));
        return new Catalog(publication, experts, riskFactors, conditions, exercises, programs, glossary);
    }

    /**
     * Writes a catalog as a YAML source file. Images are written relative to the file, so they must lie in or below
     * the file's directory.
     */
    public static void writeYaml(Catalog catalog, Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new YamlWriter(out, file.toAbsolutePath().getParent()).write(catalog);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                text.append(' ');
            }
            text.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.append('.').toString();
    }

    /** A few distinct small PNG and JPEG pictures, written into {@code directory}. */
    static List<Path> pictures(Path directory) {
        try {
            Files.createDirectories(directory);
            List<Path> pictures = new ArrayList<>();
            Color[] colours = {new Color(0x2E86AB), new Color(0xA23B72), new Color(0xF18F01), new Color(0x3B8B5A)};
            for (int i = 0; i < colours.length; i++) {
                BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = image.createGraphics();
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, 320, 200);
                g.setColor(colours[i]);
                g.fillOval(40 + i * 20, 30, 120, 140);
                g.fillRect(180, 60 + i * 10, 100, 40);
                g.dispose();
                String format = i % 2 == 0 ? "png" : "jpg";
                Path file = directory.resolve("picture-" + (i + 1) + "." + format);
                ImageIO.write(image, format.equals("png") ? "png" : "jpeg", file.toFile());
                pictures.add(file.toRealPath());
            }
            return pictures;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
