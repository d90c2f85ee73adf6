package dev.rehabdoc.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;

class JsonStyleTest {

    @Test
    void prettyIndentsByTwoSpacesWithLineFeedsOnly() {
        assertThat(write(false)).isEqualTo("{\n  \"a\": [\n    1,\n    \"é\"\n  ],\n  \"b\": {},\n  \"c\": []\n}");
    }

    @Test
    void compactLeavesNothingBetweenTokens() {
        assertThat(write(true)).isEqualTo("{\"a\":[1,\"é\"],\"b\":{},\"c\":[]}");
    }

    @Test
    void leavesTheStreamOpen() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = JsonStyle.generator(out, true)) {
            generator.writeNumber(1);
        }
        out.write('\n');
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("1\n");
    }

    private static String write(boolean compact) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = JsonStyle.generator(out, compact)) {
            generator.writeStartObject();
            generator.writeName("a");
            generator.writeStartArray();
            generator.writeNumber(1);
            generator.writeString("é");
            generator.writeEndArray();
            generator.writeName("b");
            generator.writeStartObject();
            generator.writeEndObject();
            generator.writeName("c");
            generator.writeStartArray();
            generator.writeEndArray();
            generator.writeEndObject();
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
