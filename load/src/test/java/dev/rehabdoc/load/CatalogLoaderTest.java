package dev.rehabdoc.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogLoaderTest {
    @TempDir
    Path directory;

    private static final String VALID = """
            schemaVersion: 1
            experts:
              - id: kaliq-chang
                name: Kaliq Chang
                credentials: MD
            conditions:
              - id: neck
                name: Pinched nerve in the neck
                summary: A nerve is compressed.
                exercises: [cat-cow]
                quotes: [{expert: kaliq-chang, text: "Keep moving."}]
            exercises:
              - id: cat-cow
                name: Cat/Cow Pose
                kind: yoga
                steps:
                  - Begin with hands and knees on the floor.
                  - Round your spine.
                dose: {repetitions: 5}
            programs:
              - id: starter
                title: Neck starter
                condition: neck
                start: 2026-12-01
                weeks: 6
                sessionsPerWeek: 3
                exercises:
                  - exercise: cat-cow
                    dose: {sets: 2}
            """;

    /**
     * Emoji and other characters outside the Basic Multilingual Plane are two chars in Java. The YAML scanner reads
     * 1,025 chars at a time and once stopped with an internal error where a read ended between the two: a run of
     * 1,100 emoji spans two such ends, one of which falls inside an emoji whichever way the run starts.
     */
    @Test
    void charactersOutsideTheBasicPlaneLoadWhereverTheyStand() throws IOException {
        String smiles = "\uD83D\uDE00".repeat(1_100);
        String source = "schemaVersion: 1\nexercises:\n  - id: smile\n    name: Smile\n    kind: yoga\n"
                + "    steps:\n      - \"" + smiles + "\"\n";

        var catalog = loaded(write("emoji.yaml", source));

        assertThat(catalog.exercise("smile").steps()).extracting(step -> step.text()).containsExactly(smiles);
    }

    @Test
    void aValidFileLoadsIntoACatalog() throws IOException {
        var catalog = loaded(write("ok.yaml", VALID));

        assertThat(catalog.exercise("cat-cow").steps()).extracting(s -> s.text())
                .containsExactly("Begin with hands and knees on the floor.", "Round your spine.");
        assertThat(catalog.doseOf(catalog.programs().getFirst().exercises().getFirst()).describe())
                .isEqualTo("2 sets of 5 repetitions");
        assertThat(catalog.programs().getFirst().start()).hasToString("2026-12-01");
    }

    @Test
    void aTypoADanglingReferenceADuplicateIdAWrongTypeAndAMissingImageAreAllReportedInOneRun() throws IOException {
        Path file = write("bad.yaml", """
                schemaVersion: 1
                conditions:
                  - id: neck
                    name: Neck
                    summary: A nerve is compressed.
                    exercises: [cat-cow, walkng]
                exercises:
                  - id: cat-cow
                    name: Cat/Cow
                    kind: yoga
                    steps: [Begin on hands and knees.]
                    dose: {repetitions: five}
                    images: [images/missing.png]
                  - id: cat-cow
                    name: Walking
                    kind: aerobic
                    stpes: [Walk.]
                    steps: [Walk.]
                """);

        assertThat(problems(file)).containsExactly(
                file + ":6:26: /conditions/0/exercises/1: no exercise has the id 'walkng'",
                file + ":12:25: /exercises/0/dose/repetitions: must be a whole number, not the text 'five'",
                file + ":13:14: /exercises/0/images/0: image not found: images/missing.png",
                file + ":14:9: /exercises/1/id: duplicate id 'cat-cow'; /exercises/0 (" + file + ":8:5) has it already",
                file + ":17:5: /exercises/1/stpes: unknown field 'stpes'; did you mean 'steps'?");
    }

    @Test
    void missingRequiredFieldsAreNamedAtTheMappingThatLacksThem() throws IOException {
        Path file = write("missing.yaml", """
                schemaVersion: 1
                exercises:
                  - id: walking
                    kind: aerobic
                programs:
                  - id: p
                    title: P
                    condition: neck
                    exercises: [{exercise: walking}]
                conditions:
                  - {id: neck, name: Neck, summary: "  "}
                """);

        assertThat(problems(file)).containsExactly(
                file + ":3:5: /exercises/0/name: required field 'name' is missing",
                file + ":3:5: /exercises/0/steps: required field 'steps' is missing",
                file + ":6:5: /programs/0/sessionsPerWeek: required field 'sessionsPerWeek' is missing",
                file + ":6:5: /programs/0/weeks: required field 'weeks' is missing",
                file + ":11:37: /conditions/0/summary: must not be blank");
    }

    @Test
    void valuesOutsideTheirLimitsAreReported() throws IOException {
        Path file = write("limits.yaml", """
                schemaVersion: 1
                conditions: [{id: neck, name: Neck, summary: S, codes: [{system: ICD-10, code: M5412}]}]
                exercises:
                  - {id: Walk_Fast, name: W, kind: sprinting, steps: [Go.], dose: {sets: 0, minutes: 2.5}}
                programs:
                  - {id: p, title: P, condition: neck, weeks: 521, sessionsPerWeek: 3, start: 2021-02-30,
                     exercises: [{exercise: walking}]}
                """);

        assertThat(problems(file)).containsExactly(
                file + ":2:80: /conditions/0/codes/0/code: 'M5412' is not an ICD-10 code: a letter, two digits, "
                        + "then a dot and up to four characters, such as M54.16; did you mean M54.12?",
                file + ":4:10: /exercises/0/id: 'Walk_Fast' is not an id; an id is lowercase letters and digits "
                        + "joined by single hyphens, like 'cat-cow'; did you mean 'walk-fast'?",
                file + ":4:36: /exercises/0/kind: unknown kind 'sprinting'; the kinds are strength, stretch, aerobic, "
                        + "aquatic, yoga, mind-body, balance, mobility",
                file + ":4:74: /exercises/0/dose/sets: must be greater than 0",
                file + ":4:86: /exercises/0/dose/minutes: must be a whole number, not a number with a fraction",
                file + ":6:47: /programs/0/weeks: must be less than or equal to 520",
                file + ":6:79: /programs/0/start: there is no date 2021-02-30 in the calendar",
                file + ":7:29: /programs/0/exercises/0/exercise: no exercise has the id 'walking'");
    }

    @Test
    void aDirectoryMergesItsFilesListByListAndLocatesProblemsInTheirOwnFile() throws IOException {
        write("a-experts.yaml", """
                schemaVersion: 1
                experts: [{id: kaliq-chang, name: Kaliq Chang}]
                """);
        Path exercises = write("b/exercises.yml", """
                schemaVersion: 1
                exercises:
                  - {id: walking, name: Walking, kind: aerobic, steps: [Walk.]}
                  - {id: swimming, name: Swimming, kind: aquatic, steps: [Swim.],
                     quotes: [{expert: kaliq-chan, text: Swim.}]}
                """);

        assertThat(problems(directory)).containsExactly(
                exercises + ":5:24: /exercises/1/quotes/0/expert: no expert has the id 'kaliq-chan'; "
                        + "did you mean 'kaliq-chang'?");
    }

    @Test
    void anIdDefinedTwiceAcrossTheFilesOfADirectoryNamesTheFileAndLineOfTheFirst() throws IOException {
        Path first = write("a.yaml", """
                schemaVersion: 1
                exercises:
                  - {id: walking, name: Walking, kind: aerobic, steps: [Walk.]}
                """);
        Path second = write("b.yaml", """
                schemaVersion: 1
                exercises:
                  - {id: swimming, name: Swimming, kind: aquatic, steps: [Swim.]}
                  - {id: walking, name: Walking again, kind: aerobic, steps: [Walk.]}
                """);

        assertThat(problems(directory)).containsExactly(second + ":4:10: /exercises/1/id: duplicate id 'walking'; "
                + "/exercises/0 (" + first + ":3:5) has it already");
    }

    @Test
    void twoFilesOfOneNameAreAProblemAtValidateNotAFailureHalfwayThroughTheExport() throws IOException {
        Path file = write("clash.yaml", """
                schemaVersion: 1
                conditions:
                  - {id: program-p1, name: Neck, summary: S, exercises: [walking]}
                  - {id: con, name: Back, summary: S, exercises: [walking]}
                exercises: [{id: walking, name: Walking, kind: aerobic, steps: [Walk.]}]
                programs:
                  - {id: p1, title: P, condition: program-p1, weeks: 6, sessionsPerWeek: 3,
                     exercises: [{exercise: walking}]}
                """);

        assertThat(problems(file)).containsExactly(
                file + ":3:10: /conditions/0/id: this condition's handout and that of the program /programs/0 ("
                        + file + ":7:5) would both be program-p1.pdf; give the condition another id",
                file + ":4:10: /conditions/1/id: 'con' names a device on Windows, where a file con.pdf cannot be "
                        + "made; give the condition another id");
    }

    @Test
    void aDirectoryWithoutSourcesAndAFileThatIsNotThereAreProblemsNotExceptions() throws IOException {
        Files.writeString(directory.resolve("notes.txt"), "nothing here");

        assertThat(problems(directory)).containsExactly(directory + ": /: the directory has no .yaml, .yml or .json files");
        assertThat(problems(directory.resolve("absent.yaml")))
                .containsExactly(directory.resolve("absent.yaml") + ": /: no such file or directory");
    }

    @Test
    void jsonSourcesAreReadLikeYaml() throws IOException {
        Path file = write("source.json", """
                {"schemaVersion": 1,
                 "exercises": [{"id": "walking", "name": "Walking", "kind": "aerobic", "steps": ["Walk."],
                                "dose": {"minutes": "ten"}}]}
                """);

        assertThat(problems(file)).containsExactly(
                file + ":3:37: /exercises/0/dose/minutes: must be a whole number, not the text 'ten'");
    }

    @Test
    void embeddedContentCannotReferToImages() {
        String yaml = "schemaVersion: 1\nexercises: [{id: w, name: W, kind: aerobic, steps: [Go.], images: [a.png]}]\n";
        LoadResult result = CatalogLoader.load("embedded.yaml",
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));

        assertThat(result).isInstanceOfSatisfying(LoadResult.Failed.class, failed -> assertThat(failed.problems())
                .extracting(Problem::toString)
                .containsExactly("embedded.yaml:2:68: /exercises/0/images/0: images are not supported in content "
                        + "that is not read from a file"));
    }

    @Test
    void anImageInsideTheSourceIsResolvedToItsFile() throws IOException {
        Path picture = walkPicture();
        var catalog = loaded(write("ok.yaml", """
                schemaVersion: 1
                exercises:
                  - id: walking
                    name: Walking
                    kind: aerobic
                    steps: [Walk.]
                    images:
                      - {path: images/walk.png, alt: A person walking upright}
                      - {path: images/walk.png, caption: Walking tall, credit: A. Artist}
                """));

        assertThat(catalog.exercise("walking").images()).extracting(i -> i.path(), i -> i.alt(), i -> i.caption())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(picture.toRealPath(), "A person walking upright", null),
                        org.assertj.core.groups.Tuple.tuple(picture.toRealPath(), null, "Walking tall"));
        assertThat(catalog.exercise("walking").images()).extracting(i -> i.alternative().orElseThrow())
                .containsExactly("A person walking upright", "Walking tall");
    }

    @Test
    void aPictureWithoutAltTextOrCaptionIsAProblemAtItsLine() throws IOException {
        walkPicture();
        Path file = write("bad.yaml", """
                schemaVersion: 1
                exercises:
                  - id: walking
                    name: Walking
                    kind: aerobic
                    steps: [Walk.]
                    images:
                      - images/walk.png
                      - {path: images/walk.png, alt: " ", credit: A. Artist}
                      - {path: images/walk.png, caption: Walking tall}
                """);

        String words = "the picture has no words for a reader who cannot see it: give it an 'alt' (what a screen "
                + "reader says in its place) or a 'caption', writing it as a mapping (path: ..., alt: ...); an "
                + "accessible handout (PDF/UA) needs one";
        assertThat(problems(file)).containsExactly(
                file + ":8:9: /exercises/0/images/0: " + words,
                file + ":9:9: /exercises/0/images/1: " + words);
    }

    @Test
    void aReplacementCharacterWrittenInTheSourceIsTextNotAnEncodingProblem() throws IOException {
        var catalog = loaded(write("ok.yaml", VALID.replace("Round your spine.", "Round your spine \uFFFD.")));

        assertThat(catalog.exercise("cat-cow").steps().get(1).text()).isEqualTo("Round your spine \uFFFD.");
    }

    @Test
    void bytesThatAreNotUtf8BesideAWrittenReplacementCharacterAreLocated() throws IOException {
        byte[] good = "schemaVersion: 1\n# \uFFFD\nexercises: [".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + 2);
        bytes[good.length] = (byte) 0xC3;
        bytes[good.length + 1] = ']';
        Path source = directory.resolve("bad.yaml");
        Files.write(source, bytes);

        assertThat(problems(source)).containsExactly(source + ":3:13: /: the file is not valid UTF-8 (byte 0xC3); "
                + "save it as UTF-8");
    }

    @Test
    void eachMentionOfAMissingImageIsReportedWhereAndAsItIsWritten() throws IOException {
        Path source = write("ok.yaml", """
                schemaVersion: 1
                exercises:
                  - id: walking
                    name: Walking
                    kind: aerobic
                    steps: [Walk.]
                    images: [images/gone.png, ./images/gone.png]
                """);

        assertThat(problems(source)).containsExactly(
                source + ":7:14: /exercises/0/images/0: image not found: images/gone.png",
                source + ":7:31: /exercises/0/images/1: image not found: ./images/gone.png");
    }

    @Test
    void aClinicInTheSourceLoadsWithItsLogoResolvedBesideTheSource() throws IOException {
        Path logo = walkPicture();
        var catalog = loaded(write("ok.yaml", VALID + """
                clinic:
                  name: Riverside Physiotherapy
                  address: 12 River Road, Leeds LS1 4AB
                  phone: 0113 496 0000
                  email: hello@riverside.example
                  website: https://riverside.example/physio
                  logo: {path: images/walk.png, alt: Riverside Physiotherapy}
                  hours: Mon-Fri 8:00-18:00
                  callUsIf: the pain spreads down your arm or gets worse
                """));

        var clinic = catalog.clinic().orElseThrow();
        assertThat(clinic.name()).isEqualTo("Riverside Physiotherapy");
        assertThat(clinic.logo().path()).isEqualTo(logo.toRealPath());
        assertThat(clinic.contacts()).containsExactly("0113 496 0000", "hello@riverside.example",
                "https://riverside.example/physio");
        assertThat(loaded(write("plain.yaml", VALID)).clinic()).isEmpty();
    }

    @Test
    void aClinicWithABadEmailOrWebsiteOrNoNameIsAProblemAtItsLine() throws IOException {
        Path file = write("bad.yaml", VALID + """
                clinic:
                  email: hello at riverside
                  website: riverside.example
                  fax: 0113 496 0001
                """);

        assertThat(problems(file)).containsExactly(
                file + ":31:3: /clinic/name: required field 'name' is missing",
                file + ":31:10: /clinic/email: must be an email address, such as info@clinic.example",
                file + ":32:12: /clinic/website: must be a web address starting with https://, such as "
                        + "https://clinic.example",
                file + ":33:3: /clinic/fax: unknown field 'fax'; known fields: name, address, phone, email, website, "
                        + "logo, hours, callUsIf");
    }

    @Test
    void twoFilesOfADirectoryThatEachGiveAClinicAreAProblem() throws IOException {
        Path first = write("a.yaml", "schemaVersion: 1\nclinic: {name: Riverside}\n");
        Path second = write("b.yaml", "schemaVersion: 1\nclinic: {name: Hillside}\n");

        assertThat(problems(directory)).containsExactly(
                second + ":2:1: /clinic: a source has one clinic, and " + first + " has it already");
    }

    @Test
    void aClinicFileLoadsOnItsOwnWithItsLogoBesideIt() throws IOException {
        Path logo = walkPicture();
        Path file = write("riverside.yaml", """
                schemaVersion: 1
                clinic:
                  name: Riverside Physiotherapy
                  phone: 0113 496 0000
                  logo: {path: images/walk.png, alt: Riverside Physiotherapy}
                """);

        var result = CatalogLoader.loadClinic(file);

        assertThat(result).isInstanceOf(ClinicResult.Loaded.class);
        var clinic = ((ClinicResult.Loaded) result).clinic();
        assertThat(clinic.name()).isEqualTo("Riverside Physiotherapy");
        assertThat(clinic.logo().path()).isEqualTo(logo.toRealPath());
        assertThat(clinic.contacts()).containsExactly("0113 496 0000");
    }

    @Test
    void aClinicFileThatIsMissingEmptyOrNotAClinicGetsAProblemNotAnException() throws IOException {
        Path missing = directory.resolve("nowhere.yaml");
        Path list = write("list.yaml", "- name: Riverside\n");
        Path noClinic = write("no-clinic.yaml", "schemaVersion: 1\nname: Riverside\n");
        Path empty = write("empty-clinic.yaml", "clinic:\n");
        Path typo = write("typo.yaml", "clinic:\n  name: Riverside\n  emial: a@b.example\n");
        Path missingLogo = write("logo.yaml", "clinic:\n  name: Riverside\n  logo: {path: logo.png, alt: Logo}\n");

        assertThat(clinicProblems(missing)).singleElement().asString().startsWith(missing.toString())
                .contains("no such file");
        assertThat(clinicProblems(list)).containsExactly(list + ":1:1: /: a clinic file is a mapping with a 'clinic', "
                + "such as 'clinic: {name: Riverside Physiotherapy}', not a list");
        assertThat(clinicProblems(noClinic)).singleElement().asString().contains("not a mapping without one");
        assertThat(clinicProblems(empty)).singleElement().asString().startsWith(empty + ":1:8: /clinic: the clinic "
                + "is empty");
        assertThat(clinicProblems(typo)).containsExactly(typo + ":3:3: /clinic/emial: unknown field 'emial'; "
                + "did you mean 'email'?");
        assertThat(clinicProblems(missingLogo)).singleElement().asString().startsWith(missingLogo + ":3:16: "
                + "/clinic/logo/path:");
        assertThat(clinicProblems(directory)).anySatisfy(p -> assertThat(p).contains("is a directory"));
    }

    private List<String> clinicProblems(Path file) {
        ClinicResult result = CatalogLoader.loadClinic(file);
        assertThat(result).isInstanceOf(ClinicResult.Failed.class);
        List<Problem> problems = ((ClinicResult.Failed) result).problems();
        LoadedProblems.assertReadable(problems, "");
        return problems.stream().map(Problem::toString).toList();
    }

    private dev.rehabdoc.model.Catalog loaded(Path source) {
        LoadResult result = CatalogLoader.load(source);
        assertThat(result).isInstanceOf(LoadResult.Loaded.class);
        return ((LoadResult.Loaded) result).catalog();
    }

    private List<String> problems(Path source) {
        LoadResult result = CatalogLoader.load(source);
        assertThat(result).isInstanceOf(LoadResult.Failed.class);
        return ((LoadResult.Failed) result).problems().stream().map(Problem::toString).toList();
    }

    private Path write(String name, String content) throws IOException {
        Path file = directory.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    /** A small PNG at images/walk.png in the source's directory. */
    private Path walkPicture() throws IOException {
        Path picture = directory.resolve("images/walk.png");
        Files.createDirectories(picture.getParent());
        return Files.write(picture, pngBytes());
    }

    private static byte[] pngBytes() throws IOException {
        var image = new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
