package dev.rehabdoc.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehabdoc.load.Node.Entry;
import dev.rehabdoc.load.Node.MapNode;
import dev.rehabdoc.model.ExerciseKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A tree bound to records by their component names, on records of its own so that what is tested is the binder's
 * rules (types, placeholders, shorthands, messages and their places), not the model's fields.
 */
class BinderTest {
    /** A record a single text may stand for, as a step does. */
    record Step(String text, Path image) {
    }

    /** A record no single value may stand for, with a required number, an optional one and a flag. */
    record Dose(int sets, Integer repetitions, boolean daily) {
    }

    /** A record a single path may stand for. */
    record Picture(Path file, String caption) {
    }

    /** One component of each type the binder reads. */
    record Plan(String id, ExerciseKind kind, LocalDate start, int weeks, boolean active, List<String> tags,
            List<Step> steps, Dose dose, List<Path> images, List<Picture> pictures) {
    }

    /** A record that refuses a value, as the model's records refuse broken invariants. */
    record Strict(String text) {
        Strict {
            if ("bad".equals(text)) {
                throw new IllegalArgumentException("no bad text");
            }
        }
    }

    /** A record with a component of a type no source value is read as. */
    record Odd(double ratio) {
    }

    private static final Path OK = Path.of("pictures", "ok.png");
    private static final String KINDS = "strength, stretch, aerobic, aquatic, yoga, mind-body, balance, mobility";
    private static final String QUOTE = "text that contains ': ' is read as a field name and a value; put the whole "
            + "text in quotes: ";

    /** Resolves {@code ok.png} only, as a source directory holding that one picture would. */
    private static final Binder.ImageResolver IMAGES = (node, problems) -> {
        if (node.text().equals("ok.png")) {
            return OK;
        }
        problems.add(new Problem(node.location(), node.pointer(), "image not found: " + node.text()));
        return null;
    };

    @Test
    void aMappingIsBoundByComponentNamesEachValueToItsType() {
        Bound<Plan> bound = bind(Plan.class, """
                id: neck-1
                kind: mind-body
                start: 2024-02-29
                weeks: 6
                active: true
                tags: [a, b]
                steps:
                  - Breathe in.
                  - {text: Breathe out., image: ok.png}
                dose: {sets: 2, repetitions: 10}
                images: [ok.png]
                pictures: [ok.png, {file: ok.png, caption: Side view}]
                """);

        assertThat(bound.problems()).isEmpty();
        assertThat(bound.value()).isEqualTo(new Plan("neck-1", ExerciseKind.MIND_BODY, LocalDate.of(2024, 2, 29), 6,
                true, List.of("a", "b"), List.of(new Step("Breathe in.", null), new Step("Breathe out.", OK)),
                new Dose(2, 10, false), List.of(OK), List.of(new Picture(OK, null), new Picture(OK, "Side view"))));
    }

    @Test
    void anAbsentComponentIsNeutralAndOnlyAMissingNumberIsAProblem() {
        Bound<Plan> bound = bind(Plan.class, "id: x\n");

        assertThat(bound.value()).isEqualTo(new Plan("x", null, null, 0, false, List.of(), List.of(), null,
                List.of(), List.of()));
        assertThat(bound.problems()).containsExactly("s.yaml:1:1: /weeks: required field 'weeks' is missing");
    }

    @Test
    void anEmptyValueIsNeutralWithoutAProblemAndAnEmptyRecordIsBuiltEmpty() {
        Bound<Plan> bound = bind(Plan.class, "id:\nweeks:\ntags:\ndose:\nsteps: [null]\n");

        assertThat(bound.problems()).isEmpty();
        assertThat(bound.value()).isEqualTo(new Plan(null, null, null, 0, false, List.of(),
                List.of(new Step(null, null)), new Dose(0, null, false), List.of(), List.of()));
    }

    @Test
    void numbersAndTrueOrFalseWhereTextIsExpectedAreKeptAsWritten() {
        assertThat(bind(Step.class, "text: 123\n").value().text()).isEqualTo("123");
        assertThat(bind(Step.class, "text: 1.50\n").value().text()).isEqualTo("1.50");
        assertThat(bind(Step.class, "text: true\n").value().text()).isEqualTo("true");
    }

    @Test
    void aListOrMappingWhereASingleValueBelongsNamesTheTypeExpected() {
        Bound<Plan> bound = bind(Plan.class, """
                id: [x]
                weeks: {a: 1}
                active: [true]
                start: [2020-01-01]
                kind: {}
                images: [[ok.png]]
                """);

        assertThat(bound.problems()).containsExactly(
                "s.yaml:1:5: /id: must be text, not a list",
                "s.yaml:2:8: /weeks: must be a whole number, not a mapping",
                "s.yaml:3:9: /active: must be true or false, not a list",
                "s.yaml:4:8: /start: must be a date written YYYY-MM-DD, not a list",
                "s.yaml:5:7: /kind: must be a kind of exercise, not a mapping",
                "s.yaml:6:10: /images/0: must be the path of an image file, not a list");
        assertThat(bound.value()).isEqualTo(new Plan(null, null, null, 0, false, List.of(), List.of(), null,
                List.of(), List.of()));
    }

    @Test
    void aWholeNumberIsReadUpToTheLargestAnIntHolds() {
        assertThat(bind(Dose.class, "sets: 2147483647\nrepetitions: -2147483648\n").value())
                .isEqualTo(new Dose(Integer.MAX_VALUE, Integer.MIN_VALUE, false));
        assertThat(bind(Dose.class, "sets: 2147483648\nrepetitions: -2147483649\n").problems()).containsExactly(
                "s.yaml:1:7: /sets: the number 2147483648 is far too large",
                "s.yaml:2:14: /repetitions: the number -2147483649 is far too large");
    }

    @Test
    void aFractionTextOrTrueWhereAWholeNumberBelongsIsNamed() {
        Bound<Dose> bound = bind(Dose.class, "sets: 1.5\nrepetitions: five\n");
        assertThat(bound.problems()).containsExactly(
                "s.yaml:1:7: /sets: must be a whole number, not a number with a fraction",
                "s.yaml:2:14: /repetitions: must be a whole number, not the text 'five'");
        assertThat(bound.value()).isEqualTo(new Dose(0, null, false));
        assertThat(bind(Dose.class, "sets: true\n").problems())
                .containsExactly("s.yaml:1:7: /sets: must be a whole number, not true");
    }

    @Test
    void trueOrFalseIsReadAndNothingElseIs() {
        assertThat(bind(Dose.class, "sets: 1\ndaily: true\n").value().daily()).isTrue();
        assertThat(bind(Dose.class, "sets: 1\ndaily: false\n").value().daily()).isFalse();
        assertThat(bind(Dose.class, "sets: 1\ndaily: yes\n").problems())
                .containsExactly("s.yaml:2:8: /daily: must be true or false, not the text 'yes'");
        // The reader takes YAML's JSON schema: True is text.
        assertThat(bind(Dose.class, "sets: 1\ndaily: True\n").problems())
                .containsExactly("s.yaml:2:8: /daily: must be true or false, not the text 'True'");
        assertThat(bind(Dose.class, "sets: 1\ndaily: 1\n").problems())
                .containsExactly("s.yaml:2:8: /daily: must be true or false, not the number 1");
    }

    @Test
    void aDateIsWrittenYyyyMmDdAndMustBeInTheCalendar() {
        assertThat(bind(Plan.class, "weeks: 1\nstart: \" 2021-07-20 \"\n").value().start())
                .isEqualTo(LocalDate.of(2021, 7, 20));
        assertThat(bind(Plan.class, "weeks: 1\nstart: 2023-02-29\n").problems())
                .containsExactly("s.yaml:2:8: /start: there is no date 2023-02-29 in the calendar");
        assertThat(bind(Plan.class, "weeks: 1\nstart: 2021-7-20\n").problems()).containsExactly("s.yaml:2:8: "
                + "/start: must be a date written YYYY-MM-DD, such as 2021-07-20, not the text '2021-7-20'");
        assertThat(bind(Plan.class, "weeks: 1\nstart: 20210720\n").problems()).containsExactly("s.yaml:2:8: "
                + "/start: must be a date written YYYY-MM-DD, such as 2021-07-20, not the number 20210720");
    }

    @Test
    void anUnknownKindGetsTheClosestKindOrTheListOfKinds() {
        assertThat(bind(Plan.class, "weeks: 1\nkind: yoga\n").value().kind()).isEqualTo(ExerciseKind.YOGA);
        assertThat(bind(Plan.class, "weeks: 1\nkind: yga\n").problems())
                .containsExactly("s.yaml:2:7: /kind: unknown kind 'yga'; did you mean 'yoga'?");
        // Kinds are written in lower case; the suggestion says how.
        assertThat(bind(Plan.class, "weeks: 1\nkind: Yoga\n").problems())
                .containsExactly("s.yaml:2:7: /kind: unknown kind 'Yoga'; did you mean 'yoga'?");
        assertThat(bind(Plan.class, "weeks: 1\nkind: dance\n").problems())
                .containsExactly("s.yaml:2:7: /kind: unknown kind 'dance'; the kinds are " + KINDS);
        assertThat(bind(Plan.class, "weeks: 1\nkind: 3\n").problems())
                .containsExactly("s.yaml:2:7: /kind: unknown kind '3'; the kinds are " + KINDS);
    }

    @Test
    void anImagePathIsTextForTheResolverAndAnImageThatIsNotResolvedIsLeftOut() {
        Bound<Plan> bound = bind(Plan.class, "weeks: 1\nimages: [ok.png, missing.png, 3, ok.png]\n");

        assertThat(bound.value().images()).containsExactly(OK, OK);
        assertThat(bound.problems()).containsExactly(
                "s.yaml:2:18: /images/1: image not found: missing.png",
                "s.yaml:2:31: /images/2: must be the path of an image file, not the number 3");
    }

    @Test
    void aSingleValueWhereAListBelongsIsNamedAndReadAsNoItems() {
        Bound<Plan> bound = bind(Plan.class, "weeks: 1\ntags: x\nsteps: {text: a}\n");

        assertThat(bound.value().tags()).isEmpty();
        assertThat(bound.value().steps()).isEmpty();
        assertThat(bound.problems()).containsExactly(
                "s.yaml:2:7: /tags: must be a list (one '- item' per line), not the text 'x'",
                "s.yaml:3:8: /steps: must be a list (one '- item' per line), not a mapping");
    }

    @Test
    void anItemThatCannotBeBoundIsStoodInForSoThatPositionsStayAsInTheSource() {
        Bound<Plan> bound = bind(Plan.class, "weeks: 1\ntags: [a, [b], c]\nsteps: [Breathe., [x], Rest.]\n");

        assertThat(bound.value().tags()).containsExactly("a", "", "c");
        assertThat(bound.value().steps())
                .containsExactly(new Step("Breathe.", null), new Step(null, null), new Step("Rest.", null));
        assertThat(bound.problems()).containsExactly(
                "s.yaml:2:11: /tags/1: must be text, not a list",
                "s.yaml:3:19: /steps/1: must be a mapping with the fields text, image, not a list");
    }

    @Test
    void aSingleValueWhereARecordWithoutShorthandBelongsListsItsFields() {
        Bound<Plan> bound = bind(Plan.class, "weeks: 1\ndose: 3\n");

        assertThat(bound.value().dose()).isEqualTo(new Dose(0, null, false));
        assertThat(bound.problems()).containsExactly("s.yaml:2:7: /dose: must be a mapping with the fields sets, "
                + "repetitions, daily, not the number 3");
    }

    @Test
    void anUnknownKeyIsReportedAtTheKeyWithASuggestionOrTheKnownFields() {
        Bound<Plan> bound = bind(Plan.class, "weeks: 1\ndose:\n  setz: 2\n  colour: red\n");

        assertThat(bound.problems()).containsExactly(
                "s.yaml:3:3: /dose/setz: unknown field 'setz'; did you mean 'sets'?",
                "s.yaml:4:3: /dose/colour: unknown field 'colour'; known fields: sets, repetitions, daily",
                "s.yaml:3:3: /dose/sets: required field 'sets' is missing");
    }

    @Test
    void textWithAColonAndASpaceInAListOfTextsIsToldToBeQuoted() {
        Bound<Plan> bound = bind(Plan.class, """
                weeks: 1
                tags:
                  - "Rest: a day or two."
                  - Rest: a day or two.
                  - Rest:
                  - {a: 1, b: 2}
                """);

        assertThat(bound.value().tags()).containsExactly("Rest: a day or two.", "", "", "");
        assertThat(bound.problems()).containsExactly(
                "s.yaml:4:5: /tags/1: " + QUOTE + "\"Rest: a day or two.\"",
                "s.yaml:5:5: /tags/2: must be text, not a mapping",
                "s.yaml:6:5: /tags/3: must be text, not a mapping");
    }

    @Test
    void aMappingUnderAFieldIsNotTakenForQuotedText() {
        assertThat(bind(Plan.class, "weeks: 1\nid: {Rest: a day}\n").problems())
                .containsExactly("s.yaml:2:5: /id: must be text, not a mapping");
    }

    @Test
    void aStepWithAColonAndASpaceKeepsItsTextAndIsToldToBeQuoted() {
        Bound<Plan> bound = bind(Plan.class, """
                weeks: 1
                steps:
                  - Relax: let go slowly.
                  - Say: he said "hi"
                  - txt: Hold.
                """);

        assertThat(bound.value().steps()).containsExactly(new Step("Relax: let go slowly.", null),
                new Step("Say: he said \"hi\"", null), new Step(null, null));
        assertThat(bound.problems()).containsExactly(
                "s.yaml:3:5: /steps/0/Relax: " + QUOTE + "\"Relax: let go slowly.\"",
                "s.yaml:4:5: /steps/1/Say: " + QUOTE + "\"Say: he said \\\"hi\\\"\"",
                // A key this close to a field is a misspelt field, not text.
                "s.yaml:5:5: /steps/2/txt: unknown field 'txt'; did you mean 'text'?");
    }

    @Test
    void aStepOfTwoFieldsNeitherOfThemKnownIsNotTakenForQuotedText() {
        Bound<Plan> bound = bind(Plan.class, "weeks: 1\nsteps:\n  - {Relax: now, Sit: down}\n");

        assertThat(bound.value().steps()).containsExactly(new Step(null, null));
        assertThat(bound.problems()).containsExactly(
                "s.yaml:3:6: /steps/0/Relax: unknown field 'Relax'; known fields: text, image",
                "s.yaml:3:18: /steps/0/Sit: unknown field 'Sit'; known fields: text, image");
    }

    @Test
    void aLongTextToQuoteIsAbbreviated() {
        String text = "Relax: " + "a".repeat(50);

        assertThat(bind(Plan.class, "weeks: 1\nsteps:\n  - " + text + "\n").problems())
                .containsExactly("s.yaml:3:5: /steps/0/Relax: " + QUOTE + "\"" + text.substring(0, 37) + "...\"");
    }

    @Test
    void aRecordWithoutShorthandIsNotTakenForQuotedText() {
        assertThat(bind(Plan.class, "weeks: 1\ndose: {Relax: now}\n").problems()).containsExactly(
                "s.yaml:2:8: /dose/Relax: unknown field 'Relax'; known fields: sets, repetitions, daily",
                "s.yaml:2:7: /dose/sets: required field 'sets' is missing");
    }

    @Test
    void aRecordThatRefusesItsValuesOrATypeNoSourceHasIsABugNotAProblem() {
        assertThatThrownBy(() -> bind(Strict.class, "text: bad\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot build Strict")
                .cause().isInstanceOf(IllegalArgumentException.class).hasMessage("no bad text");
        assertThatThrownBy(() -> bind(Odd.class, "ratio: 1.5\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the binder cannot read a double");
    }

    /** A bound record and the problems binding it gave, each as {@code file:line:column: path: message}. */
    private record Bound<T>(T value, List<String> problems) {
    }

    private static <T extends Record> Bound<T> bind(Class<T> type, String yaml) {
        List<Problem> problems = new ArrayList<>();
        Node tree = TreeReader.read("s.yaml", false, yaml.getBytes(StandardCharsets.UTF_8), problems);
        assertThat(problems).as("the test's YAML reads").isEmpty();
        T value = new Binder(problems, IMAGES).bindRecord(tree, type);
        return new Bound<>(value, problems.stream().map(Problem::toString).toList());
    }
}
