package dev.rehabdoc.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.ScannerException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.io.ContentReference;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.JacksonYAMLParseException;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * What the YAML and JSON readers say, turned into a located sentence: each rule on the exception a reader really
 * throws for a typical mistake, and the placing rules (the mistake's mark, the opening of what is never closed, the
 * place reached when the reader names none) on exceptions made to order.
 */
class SyntaxMessagesTest {
    private static final SyntaxMessages YAML_FILE = new SyntaxMessages("s.yaml");
    private static final SyntaxMessages JSON_FILE = new SyntaxMessages("s.json");
    /** Where the reader is said to have been, for exceptions that carry no location. */
    private static final Location REACHED = new Location("s.json", 7, 3);

    private static final TokenStreamFactory YAML = YAMLFactory.builder()
            .loadSettings(LoadSettings.builder().setUseMarks(true).build())
            .build();
    private static final TokenStreamFactory JSON = JsonFactory.builder().build();
    /** Jackson's limits made small, so that going over each takes a few characters. */
    private static final TokenStreamFactory TIGHT_JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(5).maxStringLength(10)
                    .maxNameLength(10).maxNestingDepth(3).maxDocumentLength(40).build())
            .build();
    private static final String NOT_INDENTED_ALIKE = "this line is not indented like the lines it belongs with (the "
            + "block that starts at line %d); fields of one mapping, and the '- ' of one list, start in the same "
            + "column; text after a closing quote belongs inside the quotes";
    private static final String NOT_A_NUMBER = "this is not a number as JSON writes them (no leading zeros, '+' or "
            + "trailing '.')";

    @Test
    void aTabIsReportedWhereItStandsNotWhereTheReaderWas() {
        assertThat(yaml("a:\n\tb: 1\n")).hasToString("s.yaml:2:1: /: a tab is used for indentation; YAML indents "
                + "with spaces only");
    }

    @Test
    void aQuoteNeverClosedIsReportedWhereItOpensWithTheLineTheFileEndsAt() {
        assertThat(yaml("a: \"open\nb: 1\n")).hasToString("s.yaml:1:4: /: this quoted text is never closed; add "
                + "the closing quote; the file ends at line 3");
        assertThat(yaml("a: 'open\n")).hasToString("s.yaml:1:4: /: this quoted text is never closed; add the "
                + "closing quote; the file ends at line 2");
    }

    @Test
    void aQuoteRunningIntoADocumentMarkerIsReportedAtTheMarker() {
        // snakeyaml says "document separator" for '---' and '...' alike, which the plain reading passes on.
        assertThat(yaml("a: \"x\n---\nb: 1\n")).hasToString("s.yaml:2:1: /: this is not valid YAML here (found "
                + "unexpected document separator); check the indentation, and put text with special characters in "
                + "quotes");
    }

    @Test
    void aBracketNeverClosedIsReportedWhereItOpensWithWhereTheReaderGaveUp() {
        assertThat(yaml("a: [1, 2\n")).hasToString("s.yaml:1:4: /: this list in [ ] is never closed; add the ']' "
                + "(or a ',' between its items); the file ends at line 2");
        assertThat(yaml("a: [1, 2\nb: 3\n")).hasToString("s.yaml:1:4: /: this list in [ ] is never closed; add "
                + "the ']' (or a ',' between its items), before line 2");
        assertThat(yaml("a: {x: 1\n")).hasToString("s.yaml:1:4: /: this mapping in { } is never closed; add the "
                + "'}' (or a ',' between its fields); the file ends at line 2");
        assertThat(yaml("a: {x: 1\nb: 2\n")).hasToString("s.yaml:1:4: /: this mapping in { } is never closed; "
                + "add the '}' (or a ',' between its fields), before line 2");
    }

    @Test
    void anUnknownEscapeIsNamedAtTheBackslash() {
        assertThat(yaml("a: \"\\q\"\n")).hasToString("s.yaml:1:6: /: '\\q' is not an escape YAML knows in "
                + "double-quoted text; write '\\\\' for a backslash, or use single quotes");
    }

    @Test
    void aCharacterThatCannotStartAValueIsNamed() {
        assertThat(yaml("a: @x\n")).hasToString("s.yaml:1:4: /: a value cannot start with '@'; put the text in "
                + "quotes");
        assertThat(yaml("a: `x\n")).hasToString("s.yaml:1:4: /: a value cannot start with '`'; put the text in "
                + "quotes");
    }

    @Test
    void aColonInsideAValueIsReportedAtTheColon() {
        assertThat(yaml("a: b: c\n")).hasToString("s.yaml:1:5: /: a colon followed by a space starts a new field, "
                + "which is not possible here; put text that contains ': ' in quotes, or fix the indentation");
    }

    @Test
    void aLineThatIsNeitherAFieldNorAnItemIsReportedWhereTheReaderLookedForTheColon() {
        assertThat(yaml("a: 1\nb\nc: 2\n")).hasToString("s.yaml:3:1: /: a line here is neither 'field: value' nor "
                + "a '- ' list item; check its indentation and its ':'");
    }

    @Test
    void aLineIndentedUnlikeItsBlockNamesTheLineTheBlockStartsAt() {
        assertThat(yaml("a:\n  - 1\n - 2\n")).hasToString("s.yaml:3:2: /: " + NOT_INDENTED_ALIKE.formatted(1));
        assertThat(yaml("a:\n  - b\n  c: 1\n")).hasToString("s.yaml:3:3: /: " + NOT_INDENTED_ALIKE.formatted(2));
        assertThat(yaml("a: \"x\" y\n")).hasToString("s.yaml:1:8: /: " + NOT_INDENTED_ALIKE.formatted(1));
        // "sequence entries are not allowed here" has no block: the line is its own.
        assertThat(yaml("a: 1\nb: - c\n")).hasToString("s.yaml:2:4: /: " + NOT_INDENTED_ALIKE.formatted(2));
    }

    @Test
    void textAfterABlockIndicatorIsReportedWhereItStarts() {
        assertThat(yaml("a: |2 x\n  b\n")).hasToString("s.yaml:1:7: /: unexpected text after the value; put the "
                + "whole value in quotes");
    }

    @Test
    void aYamlVersionAfter1IsRefusedAtTheDirective() {
        assertThat(yaml("%YAML 2.0\n---\na: 1\n")).hasToString("s.yaml:1:1: /: this rehabdoc reads YAML 1.2 and "
                + "older; remove the '%YAML' line at the top");
    }

    @Test
    void anyOtherYamlMistakeIsPassedOnWithoutTheReadersTokenNames() {
        assertThat(yaml("a: !x!y 1\n")).hasToString("s.yaml:1:4: /: this is not valid YAML here (found undefined "
                + "tag handle !x!); check the indentation, and put text with special characters in quotes");
        // snakeyaml says: expected '<document start>', but found '<scalar>'
        assertThat(yaml("---\na: 1\n... x\n")).hasToString("s.yaml:3:5: /: this is not valid YAML here (expected "
                + "'something else', but found 'something else'); check the indentation, and put text with special "
                + "characters in quotes");
    }

    @Test
    void aProblemOfTheYamlLayerAboveSnakeyamlIsPlacedWhereJacksonWas() {
        assertThat(yaml("? [a]\n: 1\n")).hasToString("s.yaml:1:4: /: a key must be a plain name such as 'name', "
                + "not a list or a mapping");
        assertThat(yaml("a: 1\n\u0001\n")).hasToString("s.yaml:1:1: /: this is not valid YAML here (special "
                + "characters are not allowed)");
    }

    @Test
    void aSnakeyamlProblemWithoutAMarkStandsWhereJacksonWasOrElseForTheWholeFile() {
        var unmarked = new ScannerException("while scanning", Optional.empty(), "found\n\tsomething  odd",
                Optional.empty());

        Problem problem = YAML_FILE.describe(new JacksonYAMLParseException(null, "x", unmarked), false, REACHED);

        assertThat(problem).hasToString("s.yaml: /: this is not valid YAML here (found something odd); check the "
                + "indentation, and put text with special characters in quotes");
        assertThat(problem.location()).isEqualTo(new Location("s.yaml", 0, 0));
    }

    @Test
    void theReadersWordsAreCutAt120Characters() {
        String exactly = "x".repeat(120);
        String onePast = "x".repeat(121);

        assertThat(unmarkedYaml(exactly).message()).isEqualTo("this is not valid YAML here (" + exactly + "); "
                + "check the indentation, and put text with special characters in quotes");
        assertThat(unmarkedYaml(onePast).message()).isEqualTo("this is not valid YAML here (" + "x".repeat(117)
                + "...); check the indentation, and put text with special characters in quotes");
    }

    @Test
    void jsonCommentsTrailingCommasAndUnquotedKeysAreNamed() {
        assertThat(json("{\"a\": 1 // c\n}")).hasToString("s.json:1:9: /: JSON has no comments; remove it, or "
                + "write the source as YAML, where '#' starts a comment");
        assertThat(json("{\"a\": [1,]}")).hasToString("s.json:1:10: /: JSON allows no ',' before a closing ']'; "
                + "remove the comma");
        assertThat(json("{a: 1}")).hasToString("s.json:1:2: /: a key in JSON is written in double quotes, such as "
                + "\"name\"");
        // A comma before '}' leaves the reader waiting for a key.
        assertThat(json("{\"a\": 1,}")).hasToString("s.json:1:9: /: a key in JSON is written in double quotes, "
                + "such as \"name\"");
    }

    @Test
    void aMissingCommaOrColonIsReportedWhereTheReaderExpectedIt() {
        assertThat(json("{\"a\": 1 \"b\": 2}")).hasToString("s.json:1:9: /: a ',' is missing between two fields");
        assertThat(json("[1 2]")).hasToString("s.json:1:4: /: a ',' is missing between two list items");
        assertThat(json("{\"a\" 1}")).hasToString("s.json:1:6: /: a ':' is missing between a key and its value");
    }

    @Test
    void aJsonFileEndingTooEarlySaysWhatIsOpen() {
        assertThat(json("{\"a\": 1")).hasToString("s.json:1:8: /: the file ends before every '{' is closed with "
                + "'}'");
        assertThat(json("[1, 2")).hasToString("s.json:1:6: /: the file ends before every '[' is closed with ']'");
        assertThat(json("{\"a\": \"x")).hasToString("s.json:1:9: /: the file ends in the middle of a value; close "
                + "its quotes and brackets");
    }

    @Test
    void aWordThatIsNoJsonValueIsQuotedAndCut() {
        assertThat(json("{\"a\": nope}")).hasToString("s.json:1:7: /: 'nope' is not a JSON value; write text in "
                + "double quotes");
        assertThat(json("{\"a\": " + "abcdefghij".repeat(5) + "}")).hasToString("s.json:1:7: /: '"
                + "abcdefghij".repeat(4).substring(0, 37) + "...' is not a JSON value; write text in double quotes");
    }

    @Test
    void controlCharactersAndUnknownEscapesInJsonTextAreNamed() {
        assertThat(json("{\"a\": \"x\ny\"}")).hasToString("s.json:1:9: /: a line break or other control character "
                + "inside quoted text must be written as an escape, such as \\n");
        assertThat(json("{\"a\": \"\\q\"}")).hasToString("s.json:1:9: /: this escape is not one JSON knows; write "
                + "'\\\\' for a backslash");
    }

    @Test
    void numbersJsonDoesNotWriteAreExplained() {
        assertThat(json("{\"a\": 01}")).hasToString("s.json:1:8: /: " + NOT_A_NUMBER);
        assertThat(json("{\"a\": +1}")).hasToString("s.json:1:8: /: " + NOT_A_NUMBER);
        assertThat(json("{\"a\": 1.}")).hasToString("s.json:1:8: /: " + NOT_A_NUMBER);
    }

    @Test
    void anyOtherUnexpectedCharacterIsNamedWithWhatAJsonValueIs() {
        String values = "; a JSON value is text in double quotes, a number, a list in [ ], an object in { }, true, "
                + "false or null";
        assertThat(json("{\"a\": @}")).hasToString("s.json:1:7: /: unexpected '@'" + values);
        assertThat(json("[1,}")).hasToString("s.json:1:4: /: unexpected '}'" + values);
        assertThat(json("{\"a\": 'x'}")).hasToString("s.json:1:7: /: unexpected '''" + values);
    }

    @Test
    void anyOtherJsonMistakeIsPassedOnInTheReadersWords() {
        assertThat(json("}")).hasToString("s.json:1:1: /: this is not valid JSON here (Unexpected close marker '}': "
                + "no open Object to close)");
        var marked = new StreamReadException(null, "Unexpected thing (start marker at line 1)");
        assertThat(JSON_FILE.describe(marked, true, REACHED).message())
                .isEqualTo("this is not valid JSON here (Unexpected thing)");
    }

    @Test
    void aMessageNamingPlacesIsPlacedAtTheLastOneNamed() {
        var naming = new StreamReadException(null, "Unexpected thing in line 2, column 5 up to line 3, column 7");

        assertThat(JSON_FILE.describe(naming, true, REACHED).location()).isEqualTo(new Location("s.json", 3, 7));
    }

    @Test
    void eachLimitOfTheReaderIsNamedInTheSourcesTermsWhereTheReaderWas() {
        assertThat(tight("{\"a\": 123456}")).hasToString("s.json:7:3: /: this number has too many digits");
        assertThat(tight("{\"a\": \"12345678901\"}")).hasToString("s.json:7:3: /: this text is too long");
        assertThat(tight("{\"12345678901\": 1}")).hasToString("s.json:7:3: /: this text is too long");
        assertThat(tight("[[[[1]]]]")).hasToString("s.json:7:3: /: values are nested more than 32 levels deep");
        assertThat(tight("[" + "1,".repeat(20) + "1]")).hasToString("s.json:7:3: /: the file is larger than the "
                + "limit of 64 MB");
    }

    @Test
    void aLimitExceptionWithALocationIsPlacedThere() {
        var located = new StreamConstraintsException("Number value length (1001) exceeds the maximum allowed (1000)",
                new TokenStreamLocation(ContentReference.unknown(), -1, 4, 9));

        assertThat(JSON_FILE.describe(located, true, REACHED)).hasToString("s.json:4:9: /: this number has too many "
                + "digits");
    }

    @Test
    void aReadersLocationBecomesALineAndColumnFromOneOrTheWholeFile() {
        assertThat(JSON_FILE.location(new TokenStreamLocation(ContentReference.unknown(), -1, 3, 7)))
                .isEqualTo(new Location("s.json", 3, 7));
        assertThat(JSON_FILE.location(new TokenStreamLocation(ContentReference.unknown(), -1, 3, 0)))
                .isEqualTo(new Location("s.json", 3, 1));
        assertThat(JSON_FILE.location(new TokenStreamLocation(ContentReference.unknown(), -1, 0, 5)))
                .isEqualTo(new Location("s.json", 0, 0));
        assertThat(JSON_FILE.location(null)).isEqualTo(new Location("s.json", 0, 0));
    }

    private static Problem yaml(String text) {
        return YAML_FILE.describe(failure(YAML, text), false, REACHED);
    }

    private static Problem json(String text) {
        return JSON_FILE.describe(failure(JSON, text), true, REACHED);
    }

    private static Problem tight(String text) {
        return JSON_FILE.describe(failure(TIGHT_JSON, text), true, REACHED);
    }

    private static Problem unmarkedYaml(String problem) {
        var unmarked = new ScannerException("while scanning", Optional.empty(), problem, Optional.empty());
        return YAML_FILE.describe(new JacksonYAMLParseException(null, "x", unmarked), false, REACHED);
    }

    /** What the reader throws for the text, reading every token and text as the tree reader does. */
    private static JacksonException failure(TokenStreamFactory factory, String text) {
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), text)) {
            while (parser.nextToken() != null) {
                if (parser.currentToken() == JsonToken.VALUE_STRING) {
                    parser.getString();
                }
            }
        } catch (JacksonException e) {
            return e;
        }
        throw new AssertionError("the reader read this without a problem: " + text);
    }
}
