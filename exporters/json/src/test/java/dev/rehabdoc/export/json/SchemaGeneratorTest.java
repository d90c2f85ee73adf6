package dev.rehabdoc.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SchemaGeneratorTest {
    private static final String SCHEMA = SchemaGenerator.generate();

    @Test
    void isDraft202012WithTheBundleAsItsClosedRoot() {
        assertThat(SCHEMA).startsWith("""
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "$id": "https://rehabdoc.dev/schema/bundle-v1.json",
                """);
        assertThat(flat(SCHEMA)).contains(flat("""
                  "required": [
                    "schemaVersion",
                    "generator",
                    "generated"
                  ],
                  "additionalProperties": false,
                  "$defs": {
                    "Publication": {"""));
    }

    @Test
    void turnsTheModelsConstraintsIntoKeywords() {
        assertThat(flat(definition("Program"))).contains(flat("""
                        "weeks": {
                          "type": "integer",
                          "minimum": 1,
                          "maximum": 520
                        },"""), flat("""
                        "exercises": {
                          "type": "array",
                          "minItems": 1,
                          "maxItems": 1000,
                          "items": {
                            "$ref": "#/$defs/ProgramExercise"
                          }
                        }"""), flat("""
                      "required": [
                        "id",
                        "title",
                        "condition",
                        "weeks",
                        "sessionsPerWeek",
                        "exercises"
                      ],
                      "additionalProperties": false"""));
        assertThat(flat(definition("Quote"))).contains(flat("""
                        "expert": {
                          "type": "string",
                          "maxLength": 200,
                          "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"
                        },
                        "text": {
                          "type": "string",
                          "minLength": 1,
                          "maxLength": 10000,
                          "pattern": "\\\\S"
                        }"""));
        assertThat(flat(definition("Exercise"))).contains("\"mind-body\"",
                "\"required\": [\n\"id\",\n\"name\",\n\"kind\",\n\"steps\",\n\"dose\"\n]");
        assertThat(definition("Dose")).contains("\"minimum\": 1").doesNotContain("required");
    }

    @Test
    void definesEveryRecordOnceInTheOrderItIsFirstMet() {
        assertThat(Pattern.compile("(?m)^    \"([A-Za-z]+)\": \\{")
                .matcher(SCHEMA.substring(SCHEMA.indexOf("\"$defs\""))).results().map(m -> m.group(1)))
                .doesNotHaveDuplicates()
                .startsWith("Publication", "RelatedArticle", "Clinic", "Image", "Expert", "RiskFactor", "Condition", "Quote", "Code",
                        "Exercise", "Step", "Dose", "Evidence", "Program", "ProgramExercise");
    }

    @Test
    void isTheSameTextEveryTime() {
        assertThat(SchemaGenerator.generate()).isEqualTo(SCHEMA);
    }

    /** The text with each line's indentation removed, so that a fragment can be compared wherever it stands. */
    private static String flat(String text) {
        return String.join("\n", text.lines().map(String::strip).toList());
    }

    private static String definition(String name) {
        int start = SCHEMA.indexOf("\n    \"" + name + "\": {");
        int end = SCHEMA.indexOf("\n    }", start);
        return SCHEMA.substring(start, end);
    }
}
